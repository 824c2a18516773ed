package org.ebox.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.access.control.EmailedCodes;
import org.ebox.access.entity.LoginChallenge;
import org.ebox.access.entity.LoginChallenge.Method;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.platform.mail.MailTexts;
import org.ebox.platform.mail.Mailer;
import org.ebox.platform.mail.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two steps of a login, standing in for CSAM: the password, then a one-time code from the person's authenticator
 * app or from an email. Every failed step counts; after {@code ebox.login.max-failures} in a row the person is locked
 * out for {@code ebox.login.lockout-minutes}, during which even the right password is refused. An emailed code lives
 * ten minutes and allows three attempts; at most five codes are mailed in ten minutes.
 */
@Stateless
public class SignIn {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final int ATTEMPTS_PER_CODE = 3;
    static final int EMAIL_CODES_PER_LIFETIME = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Mailer mailer;

    @EJB
    ChangeLog changeLog;

    @EJB
    PersonDirectory persons;

    @Inject
    @ConfigProperty(name = "ebox.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ebox.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /** What the first step answers. */
    public sealed interface PasswordCheck {
        /** The password is right: the person now proves the second factor. */
        record Accepted(String personId, boolean hasAuthenticatorApp, String maskedEmail) implements PasswordCheck { }

        /** Unknown login or wrong password: the same answer for both. */
        record Refused() implements PasswordCheck { }

        record LockedOut(OffsetDateTime until) implements PasswordCheck { }
    }

    /** What the second step answers. */
    public sealed interface CodeCheck {
        record Completed(String login) implements CodeCheck { }

        record WrongCode() implements CodeCheck { }

        /** Expired or used up: the person asks for a new code or logs in again. */
        record ChallengeClosed() implements CodeCheck { }

        record LockedOut(OffsetDateTime until) implements CodeCheck { }
    }

    public PasswordCheck checkPassword(String login, String password) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<Person> found = lockedPerson(login);
        if (found.isEmpty()) {
            return new PasswordCheck.Refused();
        }
        Person person = found.get();
        if (person.isLockedAt(now)) {
            return new PasswordCheck.LockedOut(person.getLockedUntil());
        }
        if (password == null || !passwordHash.verify(password.toCharArray(), person.getPasswordHash())) {
            failed(person, now);
            return person.isLockedAt(now) ? new PasswordCheck.LockedOut(person.getLockedUntil())
                    : new PasswordCheck.Refused();
        }
        return new PasswordCheck.Accepted(person.getPersonId(), person.hasAuthenticatorApp(),
                masked(person.getEmail()));
    }

    /**
     * Opens the second step for a person whose password was just accepted. For {@link Method#EMAIL} a new code is
     * mailed in the person's language; empty when the person has no such factor or asked for too many codes.
     */
    public Optional<String> startChallenge(String personId, Method method) {
        Person person = em.find(Person.class, personId);
        OffsetDateTime now = OffsetDateTime.now();
        if (person == null || person.isLockedAt(now)) {
            return Optional.empty();
        }
        if (method == Method.APP) {
            if (!person.hasAuthenticatorApp()) {
                return Optional.empty();
            }
            LoginChallenge challenge = new LoginChallenge(personId, Method.APP, null, now, now.plus(CODE_LIFETIME));
            em.persist(challenge);
            return Optional.of(challenge.getChallengeId());
        }
        if (person.getEmail() == null || emailCodesSince(personId, now.minus(CODE_LIFETIME)) >= EMAIL_CODES_PER_LIFETIME) {
            return Optional.empty();
        }
        String code = EmailedCodes.newCode();
        LoginChallenge challenge = new LoginChallenge(personId, Method.EMAIL, EmailedCodes.digestOf(code), now,
                now.plus(CODE_LIFETIME));
        em.persist(challenge);
        mailer.send(codeMail(person, code));
        return Optional.of(challenge.getChallengeId());
    }

    /** The second step: the code of the challenge's method. A right code completes the login once. */
    public CodeCheck completeChallenge(String challengeId, String code) {
        OffsetDateTime now = OffsetDateTime.now();
        LoginChallenge challenge = challengeId == null ? null
                : em.find(LoginChallenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !challenge.isOpenAt(now, ATTEMPTS_PER_CODE)) {
            return new CodeCheck.ChallengeClosed();
        }
        Person person = em.find(Person.class, challenge.getPersonId(), LockModeType.PESSIMISTIC_WRITE);
        if (person.isLockedAt(now)) {
            return new CodeCheck.LockedOut(person.getLockedUntil());
        }
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (!rightCode(challenge, person, entered, now)) {
            challenge.wrongCode();
            failed(person, now);
            return person.isLockedAt(now) ? new CodeCheck.LockedOut(person.getLockedUntil())
                    : new CodeCheck.WrongCode();
        }
        challenge.complete(now);
        person.signedIn();
        return new CodeCheck.Completed(person.getLogin());
    }

    /**
     * Sets up (or replaces) the person's authenticator app: the new secret counts only once the app shows a right
     * code for it, so that a person never ends up with an app that gives wrong codes. Recorded as a change.
     */
    public boolean enrolAuthenticatorApp(String login, String base32Secret, String code) {
        Person person = lockedPerson(login).orElseThrow();
        OptionalLong step = AuthenticatorCodes.matchingStep(base32Secret,
                code == null ? "" : code.replaceAll("\\s", ""), OffsetDateTime.now().toInstant());
        if (step.isEmpty()) {
            return false;
        }
        person.enrolAuthenticatorApp(base32Secret);
        person.useTotpStep(step.getAsLong());
        changeLog.record(person, null, Action.AUTHENTICATOR_APP_ENROLLED, null, null);
        return true;
    }

    public boolean hasAuthenticatorApp(String login) {
        return persons.findByLogin(login).map(Person::hasAuthenticatorApp).orElse(false);
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

    private void failed(Person person, OffsetDateTime now) {
        person.failedSignInStep(maxFailures, now.plusMinutes(lockoutMinutes));
    }

    /** The person row locked for this transaction: concurrent wrong passwords each count. */
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
        return new OutgoingMail(person.getEmail(), texts.getString("loginCode.subject"),
                String.format(texts.getString("loginCode.text"), person.getFullName(), code,
                        CODE_LIFETIME.toMinutes()));
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
