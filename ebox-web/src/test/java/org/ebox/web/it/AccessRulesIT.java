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
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.RoleRefusal;
import org.ebox.platform.security.Roles;
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
    Pbkdf2PasswordHash passwordHash;

    @Inject
    ActAs actAs;

    @Inject
    Callers callers;

    @Test
    void containerRolesAreThoseOfTheEnterpriseActedFor() {
        Set<String> asZinneke = identityStore.currentGroupsOf("la.zinneke", ZINNEKE);
        assertTrue(asZinneke.containsAll(Set.of(Roles.PERSON, Roles.EBOX_READER,
                "LOCAL_ADMINISTRATOR")), asZinneke.toString());
        assertFalse(asZinneke.contains("CO_LOCAL_ADMINISTRATOR"), "that role is his for Lumière only");
        assertTrue(asZinneke.containsAll(Set.of(Roles.ENTERPRISE_ADMINISTRATOR, Roles.ACCESS_MANAGER)),
                "a Local Administrator administers the e-Box and manages access");
        assertTrue(identityStore.currentGroupsOf("la.zinneke", LUMIERE).contains("CO_LOCAL_ADMINISTRATOR"));
        assertEquals(Set.of(Roles.PERSON), identityStore.currentGroupsOf("la.zinneke", null),
                "with two enterprises and none chosen, no role yet");
        assertEquals(Set.of(Roles.PERSON), identityStore.currentGroupsOf("la.zinneke", PEETERS),
                "an enterprise he does not act for gives nothing");

        assertTrue(identityStore.currentGroupsOf("user.zinneke", null).contains(Roles.EBOX_READER),
                "a user with the e-Box Administrator box, in his only enterprise");
        Set<String> noBox = identityStore.currentGroupsOf("nobox.zinneke", null);
        assertTrue(noBox.contains("USER") && !noBox.contains(Roles.EBOX_READER), noBox.toString());
        Set<String> cam = identityStore.currentGroupsOf("cam.zinneke", ZINNEKE);
        assertTrue(cam.contains("CHIEF_ACCESS_MANAGER") && !cam.contains(Roles.EBOX_READER),
                "a Chief Access Manager manages access but has no e-Box by that role");
        assertTrue(cam.contains(Roles.ACCESS_MANAGER) && !cam.contains(Roles.ENTERPRISE_ADMINISTRATOR), cam.toString());
        assertFalse(noBox.contains(Roles.ACCESS_MANAGER), "a user manages no access");
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
        actAs.person("cam.zinneke", LUMIERE);
        assertEquals(Set.of(AccessRole.LOCAL_ADMINISTRATOR, AccessRole.CO_LOCAL_ADMINISTRATOR, AccessRole.USER),
                accessManagement.manageableRoles());
        actAs.person("la.lumiere", LUMIERE);
        assertEquals(Set.of(AccessRole.USER), accessManagement.manageableRoles());
        refused(Reason.NOT_PERMITTED, () -> accessManagement.grant("new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR,
                false));
        refused(Reason.PERSON_UNKNOWN, () -> accessManagement.grant("no.such.person", AccessRole.USER, true));
        actAs.person("la.lumiere", ZINNEKE);
        refusedByTheContainer(() -> accessManagement.grant("new.colleague", AccessRole.USER, true),
                "an enterprise she does not act for gives her no role there");
        actAs.person("user.lumiere", LUMIERE);
        refusedByTheContainer(accessManagement::manageableRoles, "a user manages no access");
        refusedByTheContainer(() -> accessManagement.grant("new.colleague", AccessRole.USER, true), "nor grants");
        refusedByTheContainer(accessManagement::accesses, "nor sees the list");

        actAs.person("cam.zinneke", LUMIERE);
        accessManagement.grant("new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR, false);
        assertTrue(identityStore.currentGroupsOf("new.colleague", LUMIERE).containsAll(
                Set.of("CO_LOCAL_ADMINISTRATOR", Roles.EBOX_READER)), "counts from the next request");
        refused(Reason.ALREADY_HOLDS, () -> accessManagement.grant("new.colleague", AccessRole.CO_LOCAL_ADMINISTRATOR,
                false));

        ChangeRecord last = changeLog.ofCallersEnterprise(1).get(0);
        assertEquals("cam.zinneke", last.getActorLogin());
        assertEquals("ACCESS_GRANTED", last.getAction());
        assertEquals("new.colleague", last.getSubject());
        assertTrue(last.getRecordedAt().isAfter(OffsetDateTime.now().minusMinutes(1)));

        AccessManagement.AccessLine colleague = line("new.colleague");
        actAs.person("la.lumiere", LUMIERE);
        refused(Reason.NOT_PERMITTED, () -> accessManagement.withdraw(colleague.accessId()));
        actAs.person("la.zinneke", ZINNEKE);
        refused(Reason.NOT_PERMITTED, () -> accessManagement.withdraw(colleague.accessId()),
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
        assertEquals("EBOX_BOX_UNTICKED", changeLog.ofCallersEnterprise(1).get(0).getAction());
        accessManagement.tickEboxAdministratorBox(user.accessId(), true);
        assertTrue(identityStore.currentGroupsOf("user.lumiere", null).contains(Roles.EBOX_READER));

        AccessManagement.AccessLine own = line("la.lumiere");
        refused(Reason.OWN_ACCESS, () -> accessManagement.withdraw(own.accessId()));
        actAs.person("cam.zinneke", LUMIERE);
        AccessManagement.AccessLine administrator = line("la.zinneke");
        refused(Reason.NOT_PERMITTED, () -> accessManagement.tickEboxAdministratorBox(administrator.accessId(),
                true));
    }

    @Test
    void notificationAddressDefaultsToTheChiefAccessManagersAndOnlyAdministratorsChangeIt() {
        actAs.person("la.peeters", PEETERS);
        EboxManagement.Settings peeters = eboxManagement.settings();
        assertNull(peeters.notificationEmail());
        assertEquals("la.peeters@people.example", peeters.effectiveNotificationEmail(),
                "the enterprise has none: its Chief Access Manager's");
        actAs.person("user.zinneke", ZINNEKE);
        assertEquals("info@zinneke.example", eboxManagement.settings().effectiveNotificationEmail());
        assertFalse(eboxManagement.mayManage());
        refusedByTheContainer(() -> eboxManagement.changeNotificationEmail("box@zinneke.example"),
                "a user with the box sees the address, never changes it");
        actAs.person("cam.zinneke", ZINNEKE);
        refusedByTheContainer(() -> eboxManagement.changeNotificationEmail("cam@zinneke.example"),
                "a Chief Access Manager has no e-Box by that role");
        refusedByTheContainer(eboxManagement::settings, "nor sees its settings");

        actAs.person("la.zinneke", LUMIERE);
        assertTrue(eboxManagement.mayManage(), "co-Local Administrator of Lumière");
        for (String invalid : List.of("", "no-at-sign", "two@@zinneke.example", "a@b", "x@zinneke.example, y@z.be",
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
        String administrator = world.addEnterpriseWithAdministrator(number,
                passwordHash.generate("demo".toCharArray()));
        actAs.person(administrator, number.value());
        refused(Reason.NOT_CONFIRMED, () -> eboxManagement.consentToFullyDigital(false));
        assertFalse(eboxManagement.settings().fullyDigital());
        actAs.person("la.zinneke", number.value());
        refusedByTheContainer(() -> eboxManagement.consentToFullyDigital(true),
                "an enterprise he does not act for");

        actAs.person(administrator, number.value());
        eboxManagement.consentToFullyDigital(true);
        EboxManagement.Settings given = eboxManagement.settings();
        assertTrue(given.fullyDigital());
        assertEquals("Ada Test", given.fullyDigitalByName());
        eboxManagement.consentToFullyDigital(true);
        assertEquals(given.fullyDigitalAt(), eboxManagement.settings().fullyDigitalAt(), "the first consent stays");
        assertEquals(1, changeLog.ofCallersEnterprise(10).stream()
                .filter(change -> change.getAction().equals("FULLY_DIGITAL_CONSENT")).count());
        if (world.isPostgres()) {
            assertTrue(world.databaseRefusesToWithdrawConsent(number.value()),
                    "PostgreSQL refuses to take a consent back, whoever asks");
            assertTrue(eboxManagement.settings().fullyDigital());
        }
    }

    @Test
    void aBoundaryTakesTheEnterpriseFromTheCallerNeverFromWhatItIsHanded() {
        actAs.person("la.lumiere", ZINNEKE);
        assertTrue(callers.current().actingFor() == null,
                "a chosen enterprise the person holds no access for is no enterprise at all");
        refusedByTheContainer(eboxManagement::settings, "and no role comes with it");
        actAs.person("la.zinneke", LUMIERE);
        assertEquals(LUMIERE, callers.current().actingFor());
        List<String> listed = accessManagement.accesses().stream().map(AccessManagement.AccessLine::personLogin)
                .toList();
        assertTrue(listed.contains("la.lumiere") && !listed.contains("user.zinneke"),
                "the list is that of the enterprise he acts for now: " + listed);
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

    /** The line of a person in the access list of the caller's enterprise. */
    private AccessManagement.AccessLine line(String login) {
        return accessManagement.accesses().stream()
                .filter(line -> line.personLogin().equals(login)).findFirst().orElseThrow();
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
