package org.ebox.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.access.control.EmailedCodes;
import org.ebox.access.control.InvitationLinks;
import org.ebox.access.control.PasswordHashing;
import org.ebox.access.control.SignInCounters;
import org.ebox.access.control.SignInThrottling;
import org.ebox.access.control.SignInThrottling.Counters;
import org.ebox.access.control.SignInThrottling.Keys;
import org.ebox.access.control.StandInPasswordHash;
import org.ebox.access.entity.Invitation;
import org.ebox.access.entity.LoginChallenge;
import org.ebox.access.entity.LoginChallenge.Method;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.platform.mail.MailTexts;
import org.ebox.platform.mail.Mailer;
import org.ebox.platform.mail.OutgoingMail;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two steps of a login, standing in for CSAM: the password, then a one-time code from the person's authenticator
 * app or from an email. Every failed step counts, per client address, per login and per login from that address;
 * {@link SignInThrottling} says what the counts lead to: too many failures block a login from the address they came
 * from, or an address for every login, while a login as a whole is only slowed down, so that guessing somewhere else
 * never locks the person out. A login nobody has is checked against a stand-in hash with the same work, and counted
 * and answered exactly like a wrong password. An emailed code lives ten minutes and allows three attempts; at most
 * five codes are mailed in ten minutes. The code step counts on the address the password was right from.
 */
@Stateless
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    Clock clock;

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final int ATTEMPTS_PER_CODE = 3;
    static final int EMAIL_CODES_PER_LIFETIME = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Mailer mailer;

    @Inject
    InvitationLinks invitationLinks;

    @EJB
    ChangeLog changeLog;

    @EJB
    PersonDirectory persons;

    @EJB
    SignInCounters counters;

    @Inject
    Callers callers;

    /** The e-Box's own login (password and code); an agency that signs people in through its provider may close it. */
    @Inject
    @ConfigProperty(name = "ebox.login.local.enabled", defaultValue = "true")
    boolean localSignInOpen;

    @Inject
    @ConfigProperty(name = "ebox.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ebox.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "ebox.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    /** Makes the stand-in hash before the first unknown login, whose answer would otherwise take twice the time. */
    @PostConstruct
    void makeStandInHash() {
        StandInPasswordHash.of(passwords.hash());
    }

    /** What the first step answers. */
    public sealed interface PasswordCheck {
        /** The password is right: the person now proves the second factor. */
        record Accepted(String personId, boolean hasAuthenticatorApp, String maskedEmail) implements PasswordCheck {}

        /** Unknown login or wrong password: the same answer for both. */
        record Refused() implements PasswordCheck {}

        /** Too many failures: of this login from this address, of this address, or of this login everywhere. */
        record LockedOut(OffsetDateTime until) implements PasswordCheck {}
    }

    /** What the second step answers. */
    public sealed interface CodeCheck {
        record Completed(String login) implements CodeCheck {}

        record WrongCode() implements CodeCheck {}

        /** Expired or used up: the person asks for a new code or logs in again. */
        record ChallengeClosed() implements CodeCheck {}

        record LockedOut(OffsetDateTime until) implements CodeCheck {}
    }

    /**
     * The first step, from the client address the page was asked from. The same work and the same answers whether
     * the login exists or not: the password is checked against the person's hash or a stand-in made alike, and a
     * failure counts the same. Open to every caller: it comes before anyone is signed in.
     */
    @PermitAll
    public PasswordCheck checkPassword(String login, String password, String clientAddress) {
        if (!localSignInOpen) {
            return new PasswordCheck.Refused();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Keys keys = SignInThrottling.keysOf(login, clientAddress);
        Optional<OffsetDateTime> throttled = throttledUntil(keys, now);
        if (throttled.isPresent()) {
            return new PasswordCheck.LockedOut(throttled.get());
        }
        Optional<Person> found = person(login);
        char[] typed = password == null ? new char[0] : password.toCharArray();
        // An invited person who has not set a password yet is answered like an unknown login, with the same work.
        boolean right = passwords
                .hash()
                .verify(
                        typed,
                        found.map(Person::getPasswordHash).orElseGet(() -> StandInPasswordHash.of(passwords.hash())));
        Arrays.fill(typed, '\0');
        if (found.isEmpty() || found.get().getPasswordHash() == null || !right) {
            return failed(keys, now)
                    .<PasswordCheck>map(PasswordCheck.LockedOut::new)
                    .orElseGet(PasswordCheck.Refused::new);
        }
        Person person = found.get();
        return new PasswordCheck.Accepted(
                person.getPersonId(), person.hasAuthenticatorApp(), masked(person.getEmail()));
    }

    /**
     * Opens the second step for a person whose password was just accepted. For {@link Method#EMAIL} a new code is
     * mailed in the person's language; empty when the person has no such factor, asked for too many codes, or is
     * throttled at the client address (the one the password was right from).
     */
    @PermitAll // the login is not complete yet: nobody is signed in
    public Optional<String> startChallenge(String personId, Method method, String clientAddress) {
        Person person = em.find(Person.class, personId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (person == null
                || throttledUntil(SignInThrottling.keysOf(person.getLogin(), clientAddress), now)
                        .isPresent()) {
            return Optional.empty();
        }
        if (method == Method.APP) {
            if (!person.hasAuthenticatorApp()) {
                return Optional.empty();
            }
            LoginChallenge challenge = new LoginChallenge(
                    personId, Method.APP, null, now, now.plus(CODE_LIFETIME), SignInThrottling.clientOf(clientAddress));
            em.persist(challenge);
            return Optional.of(challenge.getChallengeId());
        }
        if (person.getEmail() == null
                || emailCodesSince(personId, now.minus(CODE_LIFETIME)) >= EMAIL_CODES_PER_LIFETIME) {
            return Optional.empty();
        }
        String code = EmailedCodes.newCode();
        LoginChallenge challenge = new LoginChallenge(
                personId,
                Method.EMAIL,
                EmailedCodes.digestOf(code),
                now,
                now.plus(CODE_LIFETIME),
                SignInThrottling.clientOf(clientAddress));
        em.persist(challenge);
        mailer.send(codeMail(person, code));
        return Optional.of(challenge.getChallengeId());
    }

    /** The second step: the code of the challenge's method. A right code completes the login once. */
    @PermitAll // it is what signs the person in
    public CodeCheck completeChallenge(String challengeId, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LoginChallenge challenge =
                challengeId == null ? null : em.find(LoginChallenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !challenge.isOpenAt(now, ATTEMPTS_PER_CODE)) {
            return new CodeCheck.ChallengeClosed();
        }
        Person person = em.find(Person.class, challenge.getPersonId(), LockModeType.PESSIMISTIC_WRITE);
        Keys keys = SignInThrottling.keysOf(person.getLogin(), challenge.getClientAddress());
        Optional<OffsetDateTime> throttled = throttledUntil(keys, now);
        if (throttled.isPresent()) {
            return new CodeCheck.LockedOut(throttled.get());
        }
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (!rightCode(challenge, person, entered, now)) {
            challenge.wrongCode();
            return failed(keys, now).<CodeCheck>map(CodeCheck.LockedOut::new).orElseGet(CodeCheck.WrongCode::new);
        }
        challenge.complete(now);
        throttling().signedIn(counters.locked(keys, now, window()), now);
        return new CodeCheck.Completed(person.getLogin());
    }

    /** Whether the e-Box's own login is open ({@code ebox.login.local.enabled}); closed, only the provider signs in. */
    @PermitAll
    public boolean isLocalSignInOpen() {
        return localSignInOpen;
    }

    /**
     * An account of the identity provider, as its ID token told it after the e-Box checked the token: the issuer, the
     * subject, and the claim that names the person to the e-Box ({@code email}, which the provider verified, or the
     * e-Box login itself).
     */
    public record ProviderAccount(String issuer, String subject, PersonClaim claim, String claimValue) {}

    /** Which of the e-Box's facts about a person the identity provider's claim names. */
    public enum PersonClaim {
        EMAIL,
        LOGIN
    }

    /**
     * Signs in through the identity provider: the person the account is linked to; or, at the account's first sign-in,
     * the one person the claim names, whom it links from now on (as CSAM's designations come first and the login
     * after). Empty for an account the e-Box cannot tell (nobody or several named, or the person named is linked to
     * another account of the same provider): the person asks their enterprise's access managers. Open to every
     * caller, as the password step is: the web tier calls it only with an ID token it has verified.
     */
    @PermitAll
    public Optional<String> signInThroughProvider(ProviderAccount account) {
        List<Person> linked = em.createQuery(
                        "select p from Person p where p.providerIssuer = :issuer and p.providerSubject = :subject",
                        Person.class)
                .setParameter("issuer", account.issuer())
                .setParameter("subject", account.subject())
                .getResultList();
        if (!linked.isEmpty()) {
            return Optional.of(linked.get(0).getLogin());
        }
        if (account.claimValue() == null || account.claimValue().isBlank()) {
            return Optional.empty();
        }
        List<Person> named = em.createQuery(
                        account.claim() == PersonClaim.EMAIL
                                ? "select p from Person p where lower(p.email) = lower(:value)"
                                : "select p from Person p where p.login = :value",
                        Person.class)
                .setParameter("value", account.claimValue().strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (named.size() != 1 || named.get(0).isLinkedToAnotherAccountOf(account.issuer(), account.subject())) {
            LOG.warning(() -> "Sign-in through " + account.issuer() + " refused: its account names " + named.size()
                    + " person(s) of the e-Box, or one linked to another account");
            return Optional.empty();
        }
        Person person = named.get(0);
        person.linkProviderAccount(account.issuer(), account.subject());
        // The provider's account is the person's sign-in now: an invitation still open has nothing left to set up.
        invitationLinks.closeOpen(person, Invitation.Closing.LINKED);
        LOG.info(() -> "Person " + person.getPersonId() + " linked to an account of " + account.issuer());
        return Optional.of(person.getLogin());
    }

    /**
     * Sets up (or replaces) the person's authenticator app: the new secret counts only once the app shows a right
     * code for it, so that a person never ends up with an app that gives wrong codes. Recorded as a change.
     */
    @RolesAllowed(Roles.PERSON)
    public boolean enrolAuthenticatorApp(String base32Secret, String code) {
        Person person = lockedPerson(callers.current().getName()).orElseThrow();
        OptionalLong step = AuthenticatorCodes.matchingStep(
                base32Secret,
                code == null ? "" : code.replaceAll("\\s", ""),
                OffsetDateTime.now(clock).toInstant());
        if (step.isEmpty()) {
            return false;
        }
        person.enrolAuthenticatorApp(base32Secret);
        person.useTotpStep(step.getAsLong());
        changeLog.recordOfPerson(Action.AUTHENTICATOR_APP_ENROLLED, null, null);
        return true;
    }

    /** Whether the calling person has set up an authenticator app. */
    @RolesAllowed(Roles.PERSON)
    public boolean callerHasAuthenticatorApp() {
        return persons.caller().hasAuthenticatorApp();
    }

    private boolean rightCode(LoginChallenge challenge, Person person, String entered, OffsetDateTime now) {
        if (challenge.getMethod() == Method.EMAIL) {
            return EmailedCodes.matches(entered, challenge.getCodeHash());
        }
        OptionalLong step = person.hasAuthenticatorApp()
                ? AuthenticatorCodes.matchingStep(person.getTotpSecret(), entered, now.toInstant())
                : OptionalLong.empty();
        return step.isPresent() && person.useTotpStep(step.getAsLong());
    }

    /** Counts a failed step; answers until when the next one is refused, if this one blocked or slowed it. */
    private Optional<OffsetDateTime> failed(Keys keys, OffsetDateTime now) {
        Counters locked = counters.locked(keys, now, window());
        throttling().countFailure(locked, now);
        return throttling().throttledUntil(locked, now);
    }

    private Optional<OffsetDateTime> throttledUntil(Keys keys, OffsetDateTime now) {
        return throttling().throttledUntil(counters.current(keys, now, window()), now);
    }

    private SignInThrottling throttling() {
        return new SignInThrottling(maxFailures, window(), maxFailuresPerAddress);
    }

    private Duration window() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    private Optional<Person> person(String login) {
        return em.createQuery("select p from Person p where p.login = :login", Person.class)
                .setParameter("login", login == null ? "" : login.trim())
                .getResultStream()
                .findFirst();
    }

    /** The person row locked for this transaction: two enrolments of the same person do not interleave. */
    private Optional<Person> lockedPerson(String login) {
        return em.createQuery("select p from Person p where p.login = :login", Person.class)
                .setParameter("login", login == null ? "" : login.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private long emailCodesSince(String personId, OffsetDateTime since) {
        return em.createQuery("""
                        select count(c) from LoginChallenge c
                        where c.personId = :person and c.method = :method and c.createdAt > :since""", Long.class)
                .setParameter("person", personId)
                .setParameter("method", Method.EMAIL)
                .setParameter("since", since)
                .getSingleResult();
    }

    private static OutgoingMail codeMail(Person person, String code) {
        ResourceBundle texts = MailTexts.in(person.getPreferredLanguage());
        return new OutgoingMail(
                person.getEmail(),
                texts.getString("loginCode.subject"),
                String.format(
                        texts.getString("loginCode.text"), person.getFullName(), code, CODE_LIFETIME.toMinutes()));
    }

    /** l***@example.com: enough for the person to recognise the address, not to learn it. */
    static String masked(String email) {
        if (email == null || !email.contains("@")) {
            return null;
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }
}
