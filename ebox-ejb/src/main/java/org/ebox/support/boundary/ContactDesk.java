package org.ebox.support.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ResourceBundle;
import org.ebox.access.boundary.EmailAddresses;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.Person;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.platform.mail.MailTexts;
import org.ebox.platform.mail.Mailer;
import org.ebox.platform.mail.OutgoingMail;
import org.ebox.platform.security.Caller;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;
import org.ebox.support.entity.ContactRequest;
import org.ebox.support.entity.ContactRequest.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Contact form's service: the message is stored and mailed to the support address in one transaction. When the
 * mail cannot be handed over, nothing is stored and the person is told to try again; a stored message was sent.
 */
@Stateless
public class ContactDesk {

    @Inject
    Clock clock;

    public static final int MAX_MESSAGE_LENGTH = 4000;

    @PersistenceContext
    EntityManager em;

    @EJB
    PersonDirectory persons;

    @EJB
    ChangeLog changeLog;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "ebox.support.address", defaultValue = "support@ebox.invalid")
    String supportAddress;

    @Inject
    Callers callers;

    /**
     * Stores and mails the calling person's message, for the enterprise it acts for if any; answers its reference.
     * The message is required and at most 4000 characters.
     */
    @RolesAllowed(Roles.PERSON)
    public String send(Topic topic, String replyEmail, String message) {
        Person person = persons.caller();
        String enterpriseNumber = callers.find().map(Caller::actingFor).orElse(null);
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("A message of 1 to " + MAX_MESSAGE_LENGTH + " characters");
        }
        String address = EmailAddresses.valid(replyEmail);
        String language = person.getPreferredLanguage() == null ? "en" : person.getPreferredLanguage();
        ContactRequest request = new ContactRequest(
                OffsetDateTime.now(clock), person.getPersonId(), enterpriseNumber, topic, address, text, language);
        em.persist(request);
        changeLog.record(Action.CONTACT_REQUEST_SENT, request.getReference(), topic.name());
        // The desk reads English, and the topic as the person picked it, not its internal name.
        ResourceBundle desk = MailTexts.in("en");
        String topicName = desk.getString("contact.topic." + topic.name());
        mailer.send(new OutgoingMail(
                supportAddress,
                String.format(desk.getString("contact.subject"), topicName, request.getReference()),
                """
                        Reference: %s
                        From: %s (%s), reply to %s
                        Enterprise: %s
                        Topic: %s
                        Language: %s

                        %s
                        """.formatted(
                                request.getReference(),
                                person.getFullName(),
                                person.getLogin(),
                                address,
                                enterpriseNumber == null ? "-" : enterpriseNumber,
                                topicName,
                                language,
                                text)));
        return request.getReference();
    }
}
