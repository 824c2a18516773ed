package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ebox.access.boundary.AccessManagement;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.boundary.SignIn;
import org.ebox.access.boundary.SignIn.CodeCheck;
import org.ebox.access.boundary.SignIn.PasswordCheck;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.LoginChallenge.Method;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.enterprise.boundary.EboxManagement;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.demo.DemoData;
import org.ebox.web.config.auth.EboxIdentityStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access rules inside Payara Micro, on the build's database: the two login steps and the lockout, the container
 * roles of the enterprise acted for, the access management's who-may-do-what, e-Box Management's default address and
 * its irreversible consent, and the record of every change.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRulesIT {

    private static final String ZINNEKE = EnterpriseNumber.withCheckDigits("08123456").value();
    private static final String LUMIERE = EnterpriseNumber.withCheckDigits("04567890").value();
    private static final String PEETERS = EnterpriseNumber.withCheckDigits("07654321").value();

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWar().addClasses(DemoWorld.class, Wait.class);
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
    Pbkdf2PasswordHash passwordHash;

    @Test
    void containerRolesAreThoseOfTheEnterpriseActedFor() {
        Set<String> asZinneke = identityStore.currentGroupsOf("la.zinneke", ZINNEKE);
        assertTrue(asZinneke.containsAll(Set.of(AccessRole.AUTHENTICATED, AccessRole.EBOX_READER,
                "LOCAL_ADMINISTRATOR")), asZinneke.toString());
        assertFalse(asZinneke.contains("CO_LOCAL_ADMINISTRATOR"), "that role is his for Lumière only");
        assertTrue(identityStore.currentGroupsOf("la.zinneke", LUMIERE).contains("CO_LOCAL_ADMINISTRATOR"));
        assertEquals(Set.of(AccessRole.AUTHENTICATED), identityStore.currentGroupsOf("la.zinneke", null),
                "with two enterprises and none chosen, no role yet");
        assertEquals(Set.of(AccessRole.AUTHENTICATED), identityStore.currentGroupsOf("la.zinneke", PEETERS),
                "an enterprise he does not act for gives nothing");

        assertTrue(identityStore.currentGroupsOf("user.zinneke", null).contains(AccessRole.EBOX_READER),
                "a user with the e-Box Administrator box, in his only enterprise");
        Set<String> noBox = identityStore.currentGroupsOf("nobox.zinneke", null);
        assertTrue(noBox.contains("USER") && !noBox.contains(AccessRole.EBOX_READER), noBox.toString());
        Set<String> cam = identityStore.currentGroupsOf("cam.zinneke", ZINNEKE);
        assertTrue(cam.contains("CHIEF_ACCESS_MANAGER") && !cam.contains(AccessRole.EBOX_READER),
                "a Chief Access Manager manages access but has no e-Box by that role");
        assertTrue(identityStore.currentGroupsOf("nobody", ZINNEKE).isEmpty());
    }

    @Test
    void passwordThenAppCodeCompletesALoginAndTheSameCodeNeverServesTwice() {
        // A person of its own: on PostgreSQL, other test classes' logins share the database and its used codes.
        String login = personWithTheDemoApp();
        PasswordCheck check = signIn.checkPassword(login, DemoData.DEMO_PASSWORD);
        PasswordCheck.Accepted accepted = assertInstanceOf(PasswordCheck.Accepted.class, check);
        assertTrue(accepted.hasAuthenticatorApp());
        assertEquals("a***@test.example", accepted.maskedEmail());

        String code = AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, Instant.now());
        String first = signIn.startChallenge(accepted.personId(), Method.APP).orElseThrow();
        assertEquals(new CodeCheck.Completed(login), signIn.completeChallenge(first, code));
        assertInstanceOf(CodeCheck.ChallengeClosed.class, signIn.completeChallenge(first, code),
                "a completed challenge completes nothing more");

        String second = signIn.startChallenge(accepted.personId(), Method.APP).orElseThrow();
        assertInstanceOf(CodeCheck.WrongCode.class, signIn.completeChallenge(second, code),
                "an app code that logged in once is a replay the second time");
    }

    @Test
    void aChallengeTakesThreeWrongCodesThenCloses() {
        PasswordCheck.Accepted accepted = assertInstanceOf(PasswordCheck.Accepted.class,
                signIn.checkPassword(personWithTheDemoApp(), DemoData.DEMO_PASSWORD));
        String challenge = signIn.startChallenge(accepted.personId(), Method.APP).orElseThrow();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertInstanceOf(CodeCheck.WrongCode.class, signIn.completeChallenge(challenge, "000000x"));
        }
        String right = AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, Instant.now());
        assertInstanceOf(CodeCheck.ChallengeClosed.class, signIn.completeChallenge(challenge, right));
        // A right code on a new challenge logs in, and clears the failures.
        String next = signIn.startChallenge(accepted.personId(), Method.APP).orElseThrow();
        assertInstanceOf(CodeCheck.Completed.class, signIn.completeChallenge(next, right));
    }

    @Test
    void repeatedWrongPasswordsLockThePersonOutEvenForTheRightOne() {
        String login = world.addEnterpriseWithAdministrator(freshEnterpriseNumber(),
                passwordHash.generate("demo".toCharArray()));
        for (int attempt = 1; attempt < 5; attempt++) {
            assertInstanceOf(PasswordCheck.Refused.class, signIn.checkPassword(login, "wrong-" + attempt));
        }
        PasswordCheck.LockedOut locked = assertInstanceOf(PasswordCheck.LockedOut.class,
                signIn.checkPassword(login, "wrong-5"));
        assertTrue(locked.until().isAfter(OffsetDateTime.now().plusMinutes(14)), "locked for 15 minutes");
        assertInstanceOf(PasswordCheck.LockedOut.class, signIn.checkPassword(login, "demo"),
                "during the lockout even the right password is refused");
        assertInstanceOf(PasswordCheck.Refused.class, signIn.checkPassword("nobody-at-all", "demo"),
                "an unknown login gets the same answer as a wrong password");
    }

    @Test
    void personWithoutAppCannotOpenAnAppChallenge() {
        String login = world.addEnterpriseWithAdministrator(freshEnterpriseNumber(),
                passwordHash.generate("demo".toCharArray()));
        PasswordCheck.Accepted accepted = assertInstanceOf(PasswordCheck.Accepted.class,
                signIn.checkPassword(login, "demo"));
        assertFalse(accepted.hasAuthenticatorApp());
        assertNull(accepted.maskedEmail(), "no address: no code by email either");
        assertTrue(signIn.startChallenge(accepted.personId(), Method.APP).isEmpty());
        assertTrue(signIn.startChallenge(accepted.personId(), Method.EMAIL).isEmpty());
    }

    @Test
    void chiefAccessManagerDesignatesAdministratorsAndAdministratorsOnlyUsers() {
        assertEquals(Set.of(AccessRole.LOCAL_ADMINISTRATOR, AccessRole.CO_LOCAL_ADMINISTRATOR, AccessRole.USER),
                accessManagement.manageableRoles("cam.zinneke", LUMIERE));
        assertEquals(Set.of(AccessRole.USER), accessManagement.manageableRoles("la.lumiere", LUMIERE));
        assertEquals(Set.of(), accessManagement.manageableRoles("user.lumiere", LUMIERE));

        refused(Reason.NOT_PERMITTED, () -> accessManagement.grant("la.lumiere", LUMIERE, "new.colleague",
                AccessRole.CO_LOCAL_ADMINISTRATOR, false));
        refused(Reason.NOT_PERMITTED, () -> accessManagement.grant("user.lumiere", LUMIERE, "new.colleague",
                AccessRole.USER, true));
        refused(Reason.NOT_PERMITTED, () -> accessManagement.accessesOf("user.lumiere", LUMIERE));
        refused(Reason.NOT_PERMITTED, () -> accessManagement.grant("la.lumiere", ZINNEKE, "new.colleague",
                AccessRole.USER, true));
        refused(Reason.PERSON_UNKNOWN, () -> accessManagement.grant("la.lumiere", LUMIERE, "no.such.person",
                AccessRole.USER, true));

        accessManagement.grant("cam.zinneke", LUMIERE, "new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR, false);
        assertTrue(identityStore.currentGroupsOf("new.colleague", LUMIERE).containsAll(
                Set.of("CO_LOCAL_ADMINISTRATOR", AccessRole.EBOX_READER)), "counts from the next request");
        refused(Reason.ALREADY_HOLDS, () -> accessManagement.grant("cam.zinneke", LUMIERE, "new.colleague",
                AccessRole.CO_LOCAL_ADMINISTRATOR, false));

        ChangeRecord last = changeLog.ofEnterprise(LUMIERE, 1).get(0);
        assertEquals("cam.zinneke", last.getActorLogin());
        assertEquals("ACCESS_GRANTED", last.getAction());
        assertEquals("new.colleague", last.getSubject());
        assertTrue(last.getRecordedAt().isAfter(OffsetDateTime.now().minusMinutes(1)));

        AccessManagement.AccessLine colleague = line("cam.zinneke", LUMIERE, "new.colleague");
        refused(Reason.NOT_PERMITTED, () -> accessManagement.withdraw("la.lumiere", colleague.accessId()));
        accessManagement.withdraw("cam.zinneke", colleague.accessId());
        assertEquals(Set.of(AccessRole.AUTHENTICATED), identityStore.currentGroupsOf("new.colleague", LUMIERE));
        assertEquals("ACCESS_WITHDRAWN", changeLog.ofEnterprise(LUMIERE, 1).get(0).getAction());
    }

    @Test
    void tickingTheBoxGivesAUserTheEboxAndNobodyChangesTheirOwnAccess() {
        AccessManagement.AccessLine user = line("la.lumiere", LUMIERE, "user.lumiere");
        accessManagement.tickEboxAdministratorBox("la.lumiere", user.accessId(), false);
        assertFalse(identityStore.currentGroupsOf("user.lumiere", null).contains(AccessRole.EBOX_READER));
        assertEquals("EBOX_BOX_UNTICKED", changeLog.ofEnterprise(LUMIERE, 1).get(0).getAction());
        accessManagement.tickEboxAdministratorBox("la.lumiere", user.accessId(), true);
        assertTrue(identityStore.currentGroupsOf("user.lumiere", null).contains(AccessRole.EBOX_READER));

        AccessManagement.AccessLine own = line("la.lumiere", LUMIERE, "la.lumiere");
        refused(Reason.OWN_ACCESS, () -> accessManagement.withdraw("la.lumiere", own.accessId()));
        AccessManagement.AccessLine administrator = line("cam.zinneke", LUMIERE, "la.zinneke");
        refused(Reason.NOT_PERMITTED, () -> accessManagement.tickEboxAdministratorBox("cam.zinneke",
                administrator.accessId(), true));
    }

    @Test
    void notificationAddressDefaultsToTheChiefAccessManagersAndOnlyAdministratorsChangeIt() {
        EboxManagement.Settings peeters = eboxManagement.settingsOf(PEETERS);
        assertNull(peeters.notificationEmail());
        assertEquals("la.peeters@people.example", peeters.effectiveNotificationEmail(),
                "the enterprise has none: its Chief Access Manager's");
        assertEquals("info@zinneke.example", eboxManagement.settingsOf(ZINNEKE).effectiveNotificationEmail());

        refused(Reason.NOT_PERMITTED, () -> eboxManagement.changeNotificationEmail("user.zinneke", ZINNEKE,
                "box@zinneke.example"));
        refused(Reason.NOT_PERMITTED, () -> eboxManagement.changeNotificationEmail("cam.zinneke", ZINNEKE,
                "cam@zinneke.example"));
        for (String invalid : List.of("", "no-at-sign", "two@@zinneke.example", "a@b", "x@zinneke.example, y@z.be",
                "Name <x@zinneke.example>")) {
            refused(Reason.INVALID_EMAIL, () -> eboxManagement.changeNotificationEmail("la.zinneke", LUMIERE,
                    invalid));
        }
        String address = "ebox-" + System.nanoTime() + "@lumiere.example";
        eboxManagement.changeNotificationEmail("la.lumiere", LUMIERE, " " + address + " ");
        assertEquals(address, eboxManagement.settingsOf(LUMIERE).notificationEmail());
        ChangeRecord change = changeLog.ofEnterprise(LUMIERE, 1).get(0);
        assertEquals("NOTIFICATION_EMAIL_CHANGED", change.getAction());
        assertEquals(address, change.getSubject());
    }

    @Test
    void consentToGoFullyDigitalNeedsTheTickedBoxAndCanNeverBeWithdrawn() throws Exception {
        EnterpriseNumber number = freshEnterpriseNumber();
        String administrator = world.addEnterpriseWithAdministrator(number,
                passwordHash.generate("demo".toCharArray()));
        refused(Reason.NOT_CONFIRMED, () -> eboxManagement.consentToFullyDigital(administrator, number.value(),
                false));
        assertFalse(eboxManagement.settingsOf(number.value()).fullyDigital());
        refused(Reason.NOT_PERMITTED, () -> eboxManagement.consentToFullyDigital("la.zinneke", number.value(),
                true));

        eboxManagement.consentToFullyDigital(administrator, number.value(), true);
        EboxManagement.Settings given = eboxManagement.settingsOf(number.value());
        assertTrue(given.fullyDigital());
        assertEquals("Ada Test", given.fullyDigitalByName());
        eboxManagement.consentToFullyDigital(administrator, number.value(), true);
        assertEquals(given.fullyDigitalAt(), eboxManagement.settingsOf(number.value()).fullyDigitalAt(),
                "the first consent stays");
        assertEquals(1, changeLog.ofEnterprise(number.value(), 10).stream()
                .filter(change -> change.getAction().equals("FULLY_DIGITAL_CONSENT")).count());
        if (world.isPostgres()) {
            assertTrue(world.databaseRefusesToWithdrawConsent(number.value()),
                    "PostgreSQL refuses to take a consent back, whoever asks");
            assertTrue(eboxManagement.settingsOf(number.value()).fullyDigital());
        }
    }

    /** A new person with the demo authenticator app and an address, whose codes no other test has used. */
    private String personWithTheDemoApp() {
        String login = world.addEnterpriseWithAdministrator(freshEnterpriseNumber(),
                passwordHash.generate(DemoData.DEMO_PASSWORD.toCharArray()));
        world.enrolDemoApp(login, "ada." + login + "@test.example");
        return login;
    }

    /** A number no other run used: the PostgreSQL database outlives one test run. */
    private static EnterpriseNumber freshEnterpriseNumber() {
        return EnterpriseNumber.withCheckDigits("09" + String.format("%06d", (System.nanoTime() / 1000) % 1_000_000));
    }

    private AccessManagement.AccessLine line(String actor, String enterprise, String login) {
        return accessManagement.accessesOf(actor, enterprise).stream()
                .filter(line -> line.personLogin().equals(login)).findFirst().orElseThrow();
    }

    private static void refused(Reason reason, Runnable change) {
        AccessRefused refused = assertThrows(AccessRefused.class, change::run);
        assertEquals(reason, refused.reason());
    }
}
