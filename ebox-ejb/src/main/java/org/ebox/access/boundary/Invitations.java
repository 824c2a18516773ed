package org.ebox.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.ebox.access.boundary.InvitationRefused.Reason;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.access.control.InvitationTokens;
import org.ebox.access.control.PasswordHashing;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.Invitation;
import org.ebox.access.entity.Person;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.Enterprise;

/**
 * What the link of an invitation opens: the person designated sets up their sign-in with it, a password and an
 * authenticator app, all at once or not at all, and the link never works again. Open to every caller, since nobody
 * is signed in yet: the link's token is what proves who the person is, and it has far too many bits to be guessed.
 */
@Stateless
public class Invitations {

    static final int SHORTEST_PASSWORD = 12;
    static final int LONGEST_PASSWORD = 128;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwords;

    @EJB
    SignIn signIn;

    /** Where an invitation stands, as its page shows it. */
    public enum Standing {
        OPEN,
        USED,
        EXPIRED
    }

    /**
     * What the invitation page tells the person before they set up their sign-in; no enterprise nor role for an
     * operator. Serializable: the page's view keeps it, and the view travels with the session to another node.
     */
    public record InvitationView(
            String fullName,
            String login,
            String email,
            String enterpriseName,
            String enterpriseNumber,
            AccessRole role,
            Standing standing,
            OffsetDateTime expiresAt)
            implements Serializable {}

    /** The invitation of this link; empty for a link no invitation has. */
    @PermitAll
    public Optional<InvitationView> open(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return find(token, LockModeType.NONE).map(invitation -> {
            Person person = invitation.getPerson();
            Enterprise enterprise = invitation.isForPlatformOperator()
                    ? null
                    : em.find(Enterprise.class, invitation.getEnterpriseNumber());
            return new InvitationView(
                    person.getFullName(),
                    person.getLogin(),
                    person.getEmail(),
                    enterprise == null ? null : enterprise.getName(),
                    enterprise == null ? null : enterprise.getEnterpriseNumber().formatted(),
                    invitation.getRole(),
                    standing(invitation, now),
                    invitation.getExpiresAt());
        });
    }

    /**
     * Sets up the invited person's sign-in: the password typed twice, and the authenticator app proved by a code of
     * the secret it was shown. Answers the login to sign in with. A link that is unknown, used, superseded or expired
     * is refused, and so is a password the rules refuse; nothing changes then.
     */
    @PermitAll
    public String accept(String token, char[] password, char[] repeated, String appSecret, String appCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Invitation invitation =
                find(token, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new InvitationRefused(Reason.UNKNOWN));
        Person person = invitation.getPerson();
        Standing standing = person.hasSignIn() ? Standing.USED : standing(invitation, now);
        if (standing != Standing.OPEN) {
            throw new InvitationRefused(standing == Standing.USED ? Reason.USED : Reason.EXPIRED);
        }
        if (!signIn.isLocalSignInOpen()) {
            throw new InvitationRefused(Reason.LOCAL_SIGN_IN_CLOSED);
        }
        checkPassword(password, repeated, person.getLogin());
        OptionalLong step = appSecret == null
                ? OptionalLong.empty()
                : AuthenticatorCodes.matchingStep(
                        appSecret, appCode == null ? "" : appCode.replaceAll("\\s", ""), now.toInstant());
        if (step.isEmpty()) {
            throw new InvitationRefused(Reason.WRONG_CODE);
        }
        person.setPasswordHash(passwords.hash().generate(password));
        person.enrolAuthenticatorApp(appSecret);
        person.useTotpStep(step.getAsLong());
        invitation.close(Invitation.Closing.ACCEPTED, now);
        // Nobody is signed in to record it through the change log: the person who accepted is the actor.
        em.persist(new ChangeRecord(
                now,
                person.getPersonId(),
                person.getLogin(),
                invitation.getEnterpriseNumber(),
                Action.INVITATION_ACCEPTED,
                person.getLogin(),
                invitation.isForPlatformOperator()
                        ? "PLATFORM_OPERATOR"
                        : invitation.getRole().name()));
        return person.getLogin();
    }

    private static void checkPassword(char[] password, char[] repeated, String login) {
        if (password == null || password.length < SHORTEST_PASSWORD) {
            throw new InvitationRefused(Reason.PASSWORD_TOO_SHORT);
        }
        if (password.length > LONGEST_PASSWORD) {
            throw new InvitationRefused(Reason.PASSWORD_TOO_LONG);
        }
        if (new String(password).equalsIgnoreCase(login)) {
            throw new InvitationRefused(Reason.PASSWORD_IS_LOGIN);
        }
        if (!Arrays.equals(password, repeated)) {
            throw new InvitationRefused(Reason.PASSWORDS_DIFFER);
        }
    }

    private static Standing standing(Invitation invitation, OffsetDateTime now) {
        if (invitation.isOpenAt(now)) {
            return Standing.OPEN;
        }
        return invitation.isExpiredAt(now) ? Standing.EXPIRED : Standing.USED;
    }

    private Optional<Invitation> find(String token, LockModeType lock) {
        if (!InvitationTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select i from Invitation i join fetch i.person where i.tokenDigest = :digest",
                        Invitation.class)
                .setParameter("digest", InvitationTokens.digestOf(token))
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
