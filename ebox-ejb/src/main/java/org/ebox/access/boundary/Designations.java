package org.ebox.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.ebox.access.boundary.AccessRefused.Reason;
import org.ebox.access.control.InvitationLinks;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.Person;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.platform.mail.MailTexts;
import org.ebox.platform.mail.Mailer;
import org.ebox.platform.mail.OutgoingMail;
import org.ebox.platform.security.Roles;

/**
 * Whom a designation names, and the invitation of those who have no sign-in yet: the one rule behind an operator
 * designating a Chief Access Manager and an enterprise's managers designating its people. A designation names a
 * person by login or by email address; an address nobody has makes a new person of it, with the names given, whose
 * login is the address. Such a person gets a mail with a one-time link that expires; the mail never holds a
 * password. Runs in the designating boundary's transaction: the access, the person and the invitation are stored
 * together or not at all, and a mail that cannot be handed over undoes them all.
 */
@Stateless
@RolesAllowed({Roles.ACCESS_MANAGER, Roles.PLATFORM_OPERATOR})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Designations {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "nl", "de");
    static final int NAME_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    InvitationLinks links;

    /** Whom a designation names: a login or an email address, and for someone new their names and language. */
    public record Designee(String loginOrEmail, String givenName, String familyName, String language) {
        public static Designee byLogin(String login) {
            return new Designee(login, null, null, null);
        }
    }

    /**
     * The person the designation names: the one with this login; else the one with this email address (refused when
     * several have it); else, for an address, someone new with the names given (refused without them).
     */
    public Person personFor(Designee designee) {
        String typed =
                designee.loginOrEmail() == null ? "" : designee.loginOrEmail().strip();
        List<Person> byLogin = em.createQuery("select p from Person p where p.login = :login", Person.class)
                .setParameter("login", typed)
                .getResultList();
        if (!byLogin.isEmpty()) {
            return byLogin.get(0);
        }
        if (!typed.contains("@")) {
            throw new AccessRefused(Reason.PERSON_UNKNOWN);
        }
        String email = loginAddress(typed);
        List<Person> byEmail = em.createQuery(
                        "select p from Person p where lower(p.email) = :email or p.login = :email", Person.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList();
        if (byEmail.size() > 1) {
            throw new AccessRefused(Reason.AMBIGUOUS_EMAIL);
        }
        if (byEmail.size() == 1) {
            return byEmail.get(0);
        }
        Person person = Person.invited(
                email, name(designee.givenName()), name(designee.familyName()), language(designee.language()));
        em.persist(person);
        return person;
    }

    /**
     * Mails an invitation to a person designated for an enterprise who has no sign-in yet, and answers whether it
     * did. The newest invitation is the one that works: those sent before it are closed.
     */
    public boolean inviteIfWithoutSignIn(Person person, Enterprise enterprise, AccessRole role, String invitedBy) {
        if (person.hasSignIn()) {
            return false;
        }
        InvitationLinks.Issued issued =
                links.issue(person, enterprise.getEnterpriseNumber().value(), role, invitedBy);
        mailer.send(invitationMail(person, enterprise, role, issued));
        return true;
    }

    /**
     * Invites a person designated again only when the earlier invitation can no longer be accepted (it expired): a
     * designation repeated while the link still works sends nothing more.
     */
    public boolean inviteAgainIfExpired(Person person, Enterprise enterprise, AccessRole role, String invitedBy) {
        return !links.hasOpen(person) && inviteIfWithoutSignIn(person, enterprise, role, invitedBy);
    }

    private OutgoingMail invitationMail(
            Person person, Enterprise enterprise, AccessRole role, InvitationLinks.Issued issued) {
        ResourceBundle texts = MailTexts.in(person.getPreferredLanguage());
        Locale locale = Locale.forLanguageTag(person.getPreferredLanguage());
        return new OutgoingMail(
                person.getEmail(),
                new MessageFormat(texts.getString("invitation.subject"), locale)
                        .format(new Object[] {enterprise.getName()}),
                new MessageFormat(texts.getString("invitation.text"), locale).format(new Object[] {
                    person.getFullName(),
                    texts.getString("role." + role.name()),
                    enterprise.getName(),
                    enterprise.getEnterpriseNumber().formatted(),
                    issued.link(),
                    issued.validDays(),
                    person.getLogin()
                }));
    }

    /**
     * An address that can be someone new's login: one plain address (the one email rule) no longer than a login may
     * be; a longer one is refused as an address the e-Box cannot take.
     */
    public static String loginAddress(String typed) {
        String address = EmailAddresses.valid(typed);
        if (address.length() > Person.LOGIN_LENGTH) {
            throw new AccessRefused(Reason.INVALID_EMAIL);
        }
        return address;
    }

    /** A given or family name as typed, trimmed; refused when blank or longer than 100 characters. */
    public static String name(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            throw new AccessRefused(Reason.NAMES_MISSING);
        }
        return name;
    }

    /** One of the service's languages; English for anything else. */
    public static String language(String typed) {
        return typed != null && LANGUAGES.contains(typed) ? typed : "en";
    }
}
