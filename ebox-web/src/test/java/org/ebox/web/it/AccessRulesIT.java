package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.ebox.access.boundary.AccessManagement;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.boundary.SignIn;
import org.ebox.access.boundary.SignIn.CodeCheck;
import org.ebox.access.boundary.SignIn.PasswordCheck;
import org.ebox.access.boundary.SignIn.PersonClaim;
import org.ebox.access.boundary.SignIn.ProviderAccount;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.access.control.PasswordHashing;
import org.ebox.access.control.StandInPasswordHash;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.LoginChallenge.Method;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.demo.DemoData;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.management.boundary.EboxManagement;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.RoleRefusal;
import org.ebox.platform.security.Roles;
import org.ebox.web.config.auth.EboxIdentityStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access rules inside Payara Micro, on the build's database: the two login steps and their throttling, the container
 * roles of the enterprise acted for, the access management's who-may-do-what, e-Box Management's default address and
 * its irreversible consent, and the record of every change.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRulesIT {

    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();
    private static final String LUMIERE =
            EnterpriseNumber.withCheckDigits("04567890").value();
    private static final String PEETERS =
            EnterpriseNumber.withCheckDigits("07654321").value();

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWar().addClasses(DemoWorld.class, Wait.class, ActAs.class);
    }

    @EJB
    DemoWorld world;

    @EJB
    SignIn signIn;

    @EJB
    AccessManagement accessManagement;

    @EJB
    EboxManagement eboxManagement;

    @EJB
    ChangeLog changeLog;

    @Inject
    EboxIdentityStore identityStore;

    @Inject
    PasswordHashing passwords;

    @Inject
    ActAs actAs;

    @Inject
    Callers callers;

    @Test
    void aProviderAccountIsLinkedAtItsFirstSignInByItsVerifiedAddressThenKnownByItsSubjectAlone() {
        String issuer = "https://idp.agency.test/" + UUID.randomUUID();
        assertEquals(
                Optional.of("nobox.zinneke"),
                signIn.signInThroughProvider(
                        new ProviderAccount(issuer, "subject-1", PersonClaim.EMAIL, " NoBox.Zinneke@people.example")),
                "the one person with that address, whatever its case");
        assertEquals(
                Optional.of("nobox.zinneke"),
                signIn.signInThroughProvider(
                        new ProviderAccount(issuer, "subject-1", PersonClaim.EMAIL, "moved@elsewhere.example")),
                "once linked, the account's subject decides, not its address");
        assertEquals(
                Optional.empty(),
                signIn.signInThroughProvider(
                        new ProviderAccount(issuer, "subject-2", PersonClaim.EMAIL, "nobox.zinneke@people.example")),
                "another account naming a person already linked opens nothing");
        assertEquals(
                Optional.empty(),
                signIn.signInThroughProvider(
                        new ProviderAccount(issuer, "subject-3", PersonClaim.EMAIL, "nobody@people.example")),
                "an account naming nobody the e-Box knows");
        assertEquals(
                Optional.empty(),
                signIn.signInThroughProvider(new ProviderAccount(issuer, "subject-4", PersonClaim.EMAIL, null)),
                "an address the provider did not verify counts as none");
        assertEquals(
                Optional.of("user.lumiere"),
                signIn.signInThroughProvider(
                        new ProviderAccount(issuer, "subject-5", PersonClaim.LOGIN, "user.lumiere")),
                "a provider that names people by their e-Box login");
    }

    @Test
    void containerRolesAreThoseOfTheEnterpriseActedFor() {
        Set<String> asZinneke = identityStore.currentGroupsOf("la.zinneke", ZINNEKE);
        assertTrue(
                asZinneke.containsAll(Set.of(Roles.PERSON, Roles.EBOX_READER, "LOCAL_ADMINISTRATOR")),
                asZinneke.toString());
        assertFalse(asZinneke.contains("CO_LOCAL_ADMINISTRATOR"), "that role is his for Lumière only");
        assertTrue(
                asZinneke.containsAll(Set.of(Roles.ENTERPRISE_ADMINISTRATOR, Roles.ACCESS_MANAGER)),
                "a Local Administrator administers the e-Box and manages access");
        assertTrue(identityStore.currentGroupsOf("la.zinneke", LUMIERE).contains("CO_LOCAL_ADMINISTRATOR"));
        assertEquals(
                Set.of(Roles.PERSON),
                identityStore.currentGroupsOf("la.zinneke", null),
                "with two enterprises and none chosen, no role yet");
        assertEquals(
                Set.of(Roles.PERSON),
                identityStore.currentGroupsOf("la.zinneke", PEETERS),
                "an enterprise he does not act for gives nothing");

        assertTrue(
                identityStore.currentGroupsOf("user.zinneke", null).contains(Roles.EBOX_READER),
                "a user with the e-Box Administrator box, in his only enterprise");
        Set<String> noBox = identityStore.currentGroupsOf("nobox.zinneke", null);
        assertTrue(noBox.contains("USER") && !noBox.contains(Roles.EBOX_READER), noBox.toString());
        Set<String> cam = identityStore.currentGroupsOf("cam.zinneke", ZINNEKE);
        assertTrue(
                cam.contains("CHIEF_ACCESS_MANAGER") && !cam.contains(Roles.EBOX_READER),
                "a Chief Access Manager manages access but has no e-Box by that role");
        assertTrue(cam.contains(Roles.ACCESS_MANAGER) && !cam.contains(Roles.ENTERPRISE_ADMINISTRATOR), cam.toString());
        assertFalse(noBox.contains(Roles.ACCESS_MANAGER), "a user manages no access");
        assertTrue(identityStore.currentGroupsOf("nobody", ZINNEKE).isEmpty());
    }

    @Test
    void passwordThenAppCodeCompletesALoginAndTheSameCodeNeverServesTwice() {
        // A person of its own: on PostgreSQL, other test classes' logins share the database and its used codes.
        String login = personWithTheDemoApp();
        String here = freshAddress();
        PasswordCheck check = signIn.checkPassword(login, DemoData.DEMO_PASSWORD, here);
        PasswordCheck.Accepted accepted = assertInstanceOf(PasswordCheck.Accepted.class, check);
        assertTrue(accepted.hasAuthenticatorApp());
        assertEquals("a***@test.example", accepted.maskedEmail());

        String code = AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, MovableClock.instant());
        String first =
                signIn.startChallenge(accepted.personId(), Method.APP, here).orElseThrow();
        assertEquals(new CodeCheck.Completed(login), signIn.completeChallenge(first, code));
        assertInstanceOf(
                CodeCheck.ChallengeClosed.class,
                signIn.completeChallenge(first, code),
                "a completed challenge completes nothing more");

        String second =
                signIn.startChallenge(accepted.personId(), Method.APP, here).orElseThrow();
        assertInstanceOf(
                CodeCheck.WrongCode.class,
                signIn.completeChallenge(second, code),
                "an app code that logged in once is a replay the second time");
    }

    @Test
    void aChallengeTakesThreeWrongCodesThenCloses() {
        String here = freshAddress();
        PasswordCheck.Accepted accepted = assertInstanceOf(
                PasswordCheck.Accepted.class,
                signIn.checkPassword(personWithTheDemoApp(), DemoData.DEMO_PASSWORD, here));
        String challenge =
                signIn.startChallenge(accepted.personId(), Method.APP, here).orElseThrow();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertInstanceOf(CodeCheck.WrongCode.class, signIn.completeChallenge(challenge, "000000x"));
        }
        String right = AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, MovableClock.instant());
        assertInstanceOf(CodeCheck.ChallengeClosed.class, signIn.completeChallenge(challenge, right));
        // A right code on a new challenge logs in, and clears the failures.
        String next =
                signIn.startChallenge(accepted.personId(), Method.APP, here).orElseThrow();
        assertInstanceOf(CodeCheck.Completed.class, signIn.completeChallenge(next, right));
    }

    @Test
    void repeatedWrongPasswordsBlockTheLoginFromThatAddressOnlyEvenForTheRightOne() {
        // The rule now: the address they came from is blocked for that login, the person elsewhere is not.
        String login = freshAdministrator();
        String guesser = freshAddress();
        for (int attempt = 1; attempt < 5; attempt++) {
            assertInstanceOf(PasswordCheck.Refused.class, signIn.checkPassword(login, "wrong-" + attempt, guesser));
        }
        PasswordCheck.LockedOut locked =
                assertInstanceOf(PasswordCheck.LockedOut.class, signIn.checkPassword(login, "wrong-5", guesser));
        assertTrue(locked.until().isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(14)), "locked for 15 minutes");
        assertInstanceOf(
                PasswordCheck.LockedOut.class,
                signIn.checkPassword(login, "demo", guesser),
                "from the guesser's address even the right password is refused");
        assertInstanceOf(
                PasswordCheck.Accepted.class,
                signIn.checkPassword(login, "demo", freshAddress()),
                "from another address the person gets in");
    }

    @Test
    void anUnknownLoginIsAnsweredLikeAWrongPassword() {
        String known = freshAdministrator();
        String unknown = "nobody." + UUID.randomUUID();
        List<Class<?>> toKnown = new ArrayList<>();
        List<Class<?>> toUnknown = new ArrayList<>();
        String one = freshAddress();
        String other = freshAddress();
        for (int attempt = 1; attempt <= 6; attempt++) {
            toKnown.add(signIn.checkPassword(known, "wrong-" + attempt, one).getClass());
            toUnknown.add(
                    signIn.checkPassword(unknown, "wrong-" + attempt, other).getClass());
        }
        assertEquals(
                List.of(
                        PasswordCheck.Refused.class,
                        PasswordCheck.Refused.class,
                        PasswordCheck.Refused.class,
                        PasswordCheck.Refused.class,
                        PasswordCheck.LockedOut.class,
                        PasswordCheck.LockedOut.class),
                toKnown);
        assertEquals(toKnown, toUnknown, "the same answers, lockout included, after the same number of failures");
        assertEquals(
                signIn.checkPassword(known, null, freshAddress()),
                signIn.checkPassword(unknown, null, freshAddress()),
                "no password: refused alike");
    }

    @Test
    void theStandInHashOfUnknownLoginsIsMadeOnceLikeAPersonsAndMatchesNoPassword() {
        String standIn = StandInPasswordHash.of(passwords.hash());
        assertEquals(standIn, StandInPasswordHash.of(passwords.hash()), "made once");
        // The container's PBKDF2 form: algorithm:iterations:salt:key. The same algorithm and parameters make the
        // same work when a password is checked against it.
        String[] made = standIn.split(":");
        String[] persons = world.passwordHashOf("la.lumiere").split(":");
        assertEquals(4, made.length, standIn);
        assertEquals(persons[0], made[0], "algorithm");
        assertEquals(persons[1], made[1], "iterations");
        assertEquals(persons[2].length(), made[2].length(), "salt length");
        assertEquals(persons[3].length(), made[3].length(), "key length");
        for (String password : List.of("demo", "", DemoData.DEMO_PASSWORD)) {
            assertFalse(passwords.hash().verify(password.toCharArray(), standIn), password);
        }
    }

    @Test
    void passwordsAreHashedWithPbkdf2AndAtLeastAHundredThousandIterations() {
        String[] stored = world.passwordHashOf("la.lumiere").split(":");
        assertEquals("PBKDF2WithHmacSHA256", stored[0]);
        assertTrue(Integer.parseInt(stored[1]) >= 100_000, "ASVS 2.4.3: " + stored[1] + " iterations");
        assertTrue(passwords.hash().verify(DemoData.DEMO_PASSWORD.toCharArray(), world.passwordHashOf("la.lumiere")));
    }

    @Test
    void tooManyFailuresFromOneAddressBlockItForEveryLoginButNotThePersonElsewhere() {
        // Guessing on many logins from one address: 5 logins, 4 failures each, stay under each login's limit.
        String guesser = freshAddress();
        for (int login = 0; login < 5; login++) {
            String guessed = "nobody." + UUID.randomUUID();
            for (int attempt = 1; attempt <= 4; attempt++) {
                PasswordCheck answer = signIn.checkPassword(guessed, "wrong-" + attempt, guesser);
                assertEquals(
                        login == 4 && attempt == 4 ? PasswordCheck.LockedOut.class : PasswordCheck.Refused.class,
                        answer.getClass(),
                        "login " + login + ", attempt " + attempt);
            }
        }
        String person = freshAdministrator();
        assertInstanceOf(
                PasswordCheck.LockedOut.class,
                signIn.checkPassword(person, "demo", guesser),
                "the twentieth failure blocked the guesser's address for every login");
        assertInstanceOf(
                PasswordCheck.Accepted.class,
                signIn.checkPassword(person, "demo", freshAddress()),
                "the person, elsewhere, gets in");
    }

    @Test
    void wrongCodesCountAtTheAddressThePasswordWasRightFrom() {
        String login = personWithTheDemoApp();
        String here = freshAddress();
        String personId = assertInstanceOf(
                        PasswordCheck.Accepted.class, signIn.checkPassword(login, DemoData.DEMO_PASSWORD, here))
                .personId();
        String challenge = signIn.startChallenge(personId, Method.APP, here).orElseThrow();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertInstanceOf(CodeCheck.WrongCode.class, signIn.completeChallenge(challenge, "wrong"));
        }
        String next = signIn.startChallenge(personId, Method.APP, here).orElseThrow();
        assertInstanceOf(CodeCheck.WrongCode.class, signIn.completeChallenge(next, "wrong"));
        assertInstanceOf(CodeCheck.LockedOut.class, signIn.completeChallenge(next, "wrong"), "the fifth failure");
        String right = AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, MovableClock.instant());
        assertInstanceOf(
                CodeCheck.LockedOut.class, signIn.completeChallenge(next, right), "blocked there, the right code too");
        assertTrue(signIn.startChallenge(personId, Method.APP, here).isEmpty(), "and no new challenge there");
        assertInstanceOf(PasswordCheck.LockedOut.class, signIn.checkPassword(login, DemoData.DEMO_PASSWORD, here));

        String elsewhere = freshAddress();
        assertInstanceOf(PasswordCheck.Accepted.class, signIn.checkPassword(login, DemoData.DEMO_PASSWORD, elsewhere));
        String fromThere =
                signIn.startChallenge(personId, Method.APP, elsewhere).orElseThrow();
        assertEquals(new CodeCheck.Completed(login), signIn.completeChallenge(fromThere, right));
    }

    @Test
    void guessingFromManyAddressesSlowsALoginDownButNotWhereThePersonLoggedInBefore() {
        String login = personWithTheDemoApp();
        String home = freshAddress();
        String personId = assertInstanceOf(
                        PasswordCheck.Accepted.class, signIn.checkPassword(login, DemoData.DEMO_PASSWORD, home))
                .personId();
        String challenge = signIn.startChallenge(personId, Method.APP, home).orElseThrow();
        assertInstanceOf(
                CodeCheck.Completed.class,
                signIn.completeChallenge(
                        challenge,
                        AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, MovableClock.instant())));

        for (String guesser : List.of(freshAddress(), freshAddress())) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                signIn.checkPassword(login, "wrong-" + attempt, guesser);
            }
        }
        PasswordCheck.LockedOut slowed = assertInstanceOf(
                PasswordCheck.LockedOut.class,
                signIn.checkPassword(login, DemoData.DEMO_PASSWORD, freshAddress()),
                "ten failures from two addresses: a third waits");
        assertTrue(
                slowed.until().isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(4)), "a pause, not a lockout");
        assertInstanceOf(
                PasswordCheck.Accepted.class,
                signIn.checkPassword(login, DemoData.DEMO_PASSWORD, home),
                "where the person completed a login before, no pause");
    }

    @Test
    void concurrentWrongPasswordsEachCountAndNoneFails() throws Exception {
        // Eight guesses at once on counters nobody stored yet: they race to store them, then count one by one.
        String login = freshAdministrator();
        String guesser = freshAddress();
        ExecutorService guessers = Executors.newFixedThreadPool(8);
        try {
            List<Future<PasswordCheck>> answers = new ArrayList<>();
            for (int attempt = 0; attempt < 8; attempt++) {
                String wrong = "wrong-" + attempt;
                answers.add(guessers.submit(() -> signIn.checkPassword(login, wrong, guesser)));
            }
            int refused = 0;
            for (Future<PasswordCheck> answer : answers) {
                PasswordCheck check = answer.get(1, TimeUnit.MINUTES);
                if (check instanceof PasswordCheck.Refused) {
                    refused++;
                } else {
                    assertInstanceOf(PasswordCheck.LockedOut.class, check);
                }
            }
            assertEquals(4, refused, "the fifth failure blocks, however close together they come");
        } finally {
            guessers.shutdownNow();
        }
        assertInstanceOf(PasswordCheck.LockedOut.class, signIn.checkPassword(login, "demo", guesser));
        assertInstanceOf(PasswordCheck.Accepted.class, signIn.checkPassword(login, "demo", freshAddress()));
    }

    @Test
    void expiredSignInCountersAreDeletedWhenNewOnesAreStored() {
        String expired = "expired." + UUID.randomUUID();
        world.addExpiredSignInCounter(expired);
        assertTrue(world.signInCounterExists(expired));
        signIn.checkPassword("nobody." + UUID.randomUUID(), "wrong", freshAddress());
        assertFalse(world.signInCounterExists(expired));
    }

    @Test
    void personWithoutAppCannotOpenAnAppChallenge() {
        String login = freshAdministrator();
        String here = freshAddress();
        PasswordCheck.Accepted accepted =
                assertInstanceOf(PasswordCheck.Accepted.class, signIn.checkPassword(login, "demo", here));
        assertFalse(accepted.hasAuthenticatorApp());
        assertNull(accepted.maskedEmail(), "no address: no code by email either");
        assertTrue(signIn.startChallenge(accepted.personId(), Method.APP, here).isEmpty());
        assertTrue(
                signIn.startChallenge(accepted.personId(), Method.EMAIL, here).isEmpty());
    }

    @Test
    void chiefAccessManagerDesignatesAdministratorsAndAdministratorsOnlyUsers() {
        actAs.person("cam.zinneke", LUMIERE);
        assertEquals(
                Set.of(AccessRole.LOCAL_ADMINISTRATOR, AccessRole.CO_LOCAL_ADMINISTRATOR, AccessRole.USER),
                accessManagement.manageableRoles());
        actAs.person("la.lumiere", LUMIERE);
        assertEquals(Set.of(AccessRole.USER), accessManagement.manageableRoles());
        refused(
                Reason.NOT_PERMITTED,
                () -> accessManagement.grant("new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR, false));
        refused(Reason.PERSON_UNKNOWN, () -> accessManagement.grant("no.such.person", AccessRole.USER, true));
        actAs.person("la.lumiere", ZINNEKE);
        refusedByTheContainer(
                () -> accessManagement.grant("new.colleague", AccessRole.USER, true),
                "an enterprise she does not act for gives her no role there");
        actAs.person("user.lumiere", LUMIERE);
        refusedByTheContainer(accessManagement::manageableRoles, "a user manages no access");
        refusedByTheContainer(() -> accessManagement.grant("new.colleague", AccessRole.USER, true), "nor grants");
        refusedByTheContainer(accessManagement::accesses, "nor sees the list");

        actAs.person("cam.zinneke", LUMIERE);
        accessManagement.grant("new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR, false);
        assertTrue(
                identityStore
                        .currentGroupsOf("new.colleague", LUMIERE)
                        .containsAll(Set.of("CO_LOCAL_ADMINISTRATOR", Roles.EBOX_READER)),
                "counts from the next request");
        refused(
                Reason.ALREADY_HOLDS,
                () -> accessManagement.grant("new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR, false));

        ChangeRecord last = changeLog.ofCallersEnterprise(1).get(0);
        assertEquals("cam.zinneke", last.getActorLogin());
        assertEquals("ACCESS_GRANTED", last.getAction());
        assertEquals("new.colleague", last.getSubject());
        assertTrue(
                last.getRecordedAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));

        AccessManagement.AccessLine colleague = line("new.colleague");
        actAs.person("la.lumiere", LUMIERE);
        refused(Reason.NOT_PERMITTED, () -> accessManagement.withdraw(colleague.accessId()));
        actAs.person("la.zinneke", ZINNEKE);
        refused(
                Reason.NOT_PERMITTED,
                () -> accessManagement.withdraw(colleague.accessId()),
                "an access of another enterprise is as good as unknown, whoever manages his own");
        actAs.person("cam.zinneke", LUMIERE);
        accessManagement.withdraw(colleague.accessId());
        assertEquals(Set.of(Roles.PERSON), identityStore.currentGroupsOf("new.colleague", LUMIERE));
        assertEquals("ACCESS_WITHDRAWN", changeLog.ofCallersEnterprise(1).get(0).getAction());
    }

    @Test
    void tickingTheBoxGivesAUserTheEboxAndNobodyChangesTheirOwnAccess() {
        actAs.person("la.lumiere", LUMIERE);
        AccessManagement.AccessLine user = line("user.lumiere");
        accessManagement.tickEboxAdministratorBox(user.accessId(), false);
        assertFalse(identityStore.currentGroupsOf("user.lumiere", null).contains(Roles.EBOX_READER));
        assertEquals(
                "EBOX_BOX_UNTICKED", changeLog.ofCallersEnterprise(1).get(0).getAction());
        accessManagement.tickEboxAdministratorBox(user.accessId(), true);
        assertTrue(identityStore.currentGroupsOf("user.lumiere", null).contains(Roles.EBOX_READER));

        AccessManagement.AccessLine own = line("la.lumiere");
        refused(Reason.OWN_ACCESS, () -> accessManagement.withdraw(own.accessId()));
        actAs.person("cam.zinneke", LUMIERE);
        AccessManagement.AccessLine administrator = line("la.zinneke");
        refused(Reason.NOT_PERMITTED, () -> accessManagement.tickEboxAdministratorBox(administrator.accessId(), true));
    }

    @Test
    void notificationAddressDefaultsToTheChiefAccessManagersAndOnlyAdministratorsChangeIt() {
        actAs.person("la.peeters", PEETERS);
        EboxManagement.Settings peeters = eboxManagement.settings();
        assertNull(peeters.notificationEmail());
        assertEquals(
                "la.peeters@people.example",
                peeters.effectiveNotificationEmail(),
                "the enterprise has none: its Chief Access Manager's");
        actAs.person("user.zinneke", ZINNEKE);
        assertEquals("info@zinneke.example", eboxManagement.settings().effectiveNotificationEmail());
        assertFalse(eboxManagement.mayManage());
        refusedByTheContainer(
                () -> eboxManagement.changeNotificationEmail("box@zinneke.example"),
                "a user with the box sees the address, never changes it");
        actAs.person("cam.zinneke", ZINNEKE);
        refusedByTheContainer(
                () -> eboxManagement.changeNotificationEmail("cam@zinneke.example"),
                "a Chief Access Manager has no e-Box by that role");
        refusedByTheContainer(eboxManagement::settings, "nor sees its settings");

        actAs.person("la.zinneke", LUMIERE);
        assertTrue(eboxManagement.mayManage(), "co-Local Administrator of Lumière");
        for (String invalid : List.of(
                "",
                "no-at-sign",
                "two@@zinneke.example",
                "a@b",
                "x@zinneke.example, y@z.be",
                "Name <x@zinneke.example>")) {
            refused(Reason.INVALID_EMAIL, () -> eboxManagement.changeNotificationEmail(invalid));
        }
        actAs.person("la.lumiere", LUMIERE);
        String address = "ebox-" + System.nanoTime() + "@lumiere.example";
        eboxManagement.changeNotificationEmail(" " + address + " ");
        assertEquals(address, eboxManagement.settings().notificationEmail());
        ChangeRecord change = changeLog.ofCallersEnterprise(1).get(0);
        assertEquals("NOTIFICATION_EMAIL_CHANGED", change.getAction());
        assertEquals(address, change.getSubject());
    }

    @Test
    void consentToGoFullyDigitalNeedsTheTickedBoxAndCanNeverBeWithdrawn() throws Exception {
        EnterpriseNumber number = freshEnterpriseNumber();
        String administrator = administratorOf(number);
        actAs.person(administrator, number.value());
        refused(Reason.NOT_CONFIRMED, () -> eboxManagement.consentToFullyDigital(false));
        assertFalse(eboxManagement.settings().fullyDigital());
        actAs.person("la.zinneke", number.value());
        refusedByTheContainer(() -> eboxManagement.consentToFullyDigital(true), "an enterprise he does not act for");

        actAs.person(administrator, number.value());
        eboxManagement.consentToFullyDigital(true);
        EboxManagement.Settings given = eboxManagement.settings();
        assertTrue(given.fullyDigital());
        assertEquals("Ada Test", given.fullyDigitalByName());
        eboxManagement.consentToFullyDigital(true);
        assertEquals(given.fullyDigitalAt(), eboxManagement.settings().fullyDigitalAt(), "the first consent stays");
        assertEquals(
                1,
                changeLog.ofCallersEnterprise(10).stream()
                        .filter(change -> change.getAction().equals("FULLY_DIGITAL_CONSENT"))
                        .count());
        if (world.isPostgres()) {
            assertTrue(
                    world.databaseRefusesToWithdrawConsent(number.value()),
                    "PostgreSQL refuses to take a consent back, whoever asks");
            assertTrue(eboxManagement.settings().fullyDigital());
        }
    }

    @Test
    void aBoundaryTakesTheEnterpriseFromTheCallerNeverFromWhatItIsHanded() {
        actAs.person("la.lumiere", ZINNEKE);
        assertTrue(
                callers.current().actingFor() == null,
                "a chosen enterprise the person holds no access for is no enterprise at all");
        refusedByTheContainer(eboxManagement::settings, "and no role comes with it");
        actAs.person("la.zinneke", LUMIERE);
        assertEquals(LUMIERE, callers.current().actingFor());
        List<String> listed = accessManagement.accesses().stream()
                .map(AccessManagement.AccessLine::personLogin)
                .toList();
        assertTrue(
                listed.contains("la.lumiere") && !listed.contains("user.zinneke"),
                "the list is that of the enterprise he acts for now: " + listed);
    }

    /** A new person with the demo authenticator app and an address, whose codes no other test has used. */
    private String personWithTheDemoApp() {
        String login = freshAdministrator();
        world.enrolDemoApp(login, "ada." + login + "@test.example");
        return login;
    }

    /**
     * A client address of its own (an IPv6 /64 of the documentation range): sign-in counters of other tests and
     * earlier runs on the same database never count for it.
     */
    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::1", random.nextInt(0x10000), random.nextInt(0x10000));
    }

    /** The Local Administrator (password 'demo', no app) of a new enterprise of its own. */
    private String freshAdministrator() {
        return administratorOf(freshEnterpriseNumber());
    }

    private String administratorOf(EnterpriseNumber number) {
        return world.addEnterpriseWithAdministrator(
                number, passwords.hash().generate(DemoData.DEMO_PASSWORD.toCharArray()));
    }

    /** A number no other run used: the PostgreSQL database outlives one test run. */
    private static EnterpriseNumber freshEnterpriseNumber() {
        return EnterpriseNumber.withCheckDigits("09" + String.format("%06d", (System.nanoTime() / 1000) % 1_000_000));
    }

    /** The line of a person in the access list of the caller's enterprise. */
    private AccessManagement.AccessLine line(String login) {
        return accessManagement.accesses().stream()
                .filter(line -> line.personLogin().equals(login))
                .findFirst()
                .orElseThrow();
    }

    private static void refused(Reason reason, Runnable change) {
        refused(reason, change, null);
    }

    private static void refused(Reason reason, Runnable change, String why) {
        AccessRefused refused = assertThrows(AccessRefused.class, change::run, why);
        assertEquals(reason, refused.reason(), why);
    }

    /** The boundary's declared roles refuse the call before any rule of its own runs. */
    private static void refusedByTheContainer(Runnable call, String why) {
        Exception refused = assertThrows(Exception.class, call::run, why);
        assertTrue(RoleRefusal.isCauseOf(refused), why + ": " + refused);
    }
}
