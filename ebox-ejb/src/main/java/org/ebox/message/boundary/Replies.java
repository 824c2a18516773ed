package org.ebox.message.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ebox.common.control.Pages;
import org.ebox.common.control.ResultPage;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.Reply;
import org.ebox.platform.StoredContent;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * Replies: an enterprise answers a message that allows it; the institution that sent the message reads the answers.
 * Each side sees only its own: another's reply is not found.
 */
@Stateless
@RolesAllowed(Roles.EBOX_READER)
public class Replies {

    public static final int MAX_TEXT = 4000;

    /** The types a reply's document may have, recognised from its content: PDF, JPEG, PNG. */
    public static final java.util.Set<String> DOCUMENT_TYPES =
            java.util.Set.of("application/pdf", "image/jpeg", "image/png");

    /** A telephone number as people write it: digits, spaces and . / ( ) -, an optional +, 8 to 15 digits. */
    private static final java.util.regex.Pattern TELEPHONE = java.util.regex.Pattern.compile("\\+?[0-9 ./()-]{8,25}");

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    MessageConsultation consultation;

    @Inject
    Callers callers;

    /**
     * The calling person sends a reply for its enterprise, with or without one document already in the content
     * store.
     */
    public Reply send(String originalMessageId, String telephone, String text, Document document, OffsetDateTime now) {
        String personId = callers.current().actorId();
        Message original = consultation
                .find(originalMessageId, now)
                .filter(Message::isReplyAuthorized)
                .orElseThrow(() -> PublicationRefused.invalidInput("No message of this e-Box that allows replies"));
        Enterprise enterprise = em.find(Enterprise.class, callers.actingFor());
        if (enterprise != null && enterprise.isClosed()) {
            // A closed enterprise's e-Box stays readable until its messages expire; nothing new goes from it.
            throw PublicationRefused.invalidInput("The enterprise was closed in the KBO/BCE on "
                    + enterprise.getClosedOn() + ": its e-Box is read-only");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw PublicationRefused.invalidInput("A reply has a text of 1 to " + MAX_TEXT + " characters");
        }
        if (telephone != null && !isTelephoneNumber(telephone)) {
            throw PublicationRefused.invalidInput("Not a telephone number: " + telephone);
        }
        if (document != null && !DOCUMENT_TYPES.contains(document.mediaType())) {
            throw PublicationRefused.invalidInput("A reply's document is a PDF, JPEG or PNG file");
        }
        Reply reply = new Reply(original, personId, now, telephone, text);
        if (document != null) {
            reply.attach(document.fileName(), document.mediaType(), document.content());
        }
        em.persist(reply);
        return reply;
    }

    public static boolean isTelephoneNumber(String telephone) {
        if (telephone == null || !TELEPHONE.matcher(telephone.strip()).matches()) {
            return false;
        }
        long digits = telephone.chars().filter(Character::isDigit).count();
        return digits >= 8 && digits <= 15;
    }

    /** The replies to the calling institution's messages, newest first, cut in the database. */
    @RolesAllowed(Roles.SCOPE_PUBLICATION_SENDER)
    public ResultPage<Reply> toCallingInstitution(int page, int pageSize) {
        return newestFirst("r.senderOrganizationId", actingFor(), page, pageSize);
    }

    /** The replies the caller's enterprise sent (its Outbox), newest first, cut in the database. */
    public ResultPage<Reply> fromCallersEnterprise(int page, int pageSize) {
        return newestFirst("r.enterpriseNumber", actingFor(), page, pageSize);
    }

    /** How many replies the caller's enterprise sent: its Outbox's count. */
    public long countFromCallersEnterprise() {
        return em.createQuery("select count(r) from Reply r where r.enterpriseNumber = :party", Long.class)
                .setParameter("party", actingFor().value())
                .getSingleResult();
    }

    private EnterpriseNumber actingFor() {
        return new EnterpriseNumber(callers.actingFor());
    }

    private ResultPage<Reply> newestFirst(String party, EnterpriseNumber number, int page, int pageSize) {
        long total = em.createQuery("select count(r) from Reply r where " + party + " = :party", Long.class)
                .setParameter("party", number.value())
                .getSingleResult();
        List<Reply> items = total == 0
                ? List.of()
                : em.createQuery(
                                "select r from Reply r where " + party + " = :party order by r.sentAt desc, r.replyId",
                                Reply.class)
                        .setParameter("party", number.value())
                        .setFirstResult(Pages.firstResult(page, pageSize))
                        .setMaxResults(pageSize)
                        .getResultList();
        return new ResultPage<>(items, total);
    }

    /** One reply the caller's enterprise sent, to open from its Outbox: another enterprise's is not found. */
    public Optional<Reply> fromCallersEnterprise(String replyId) {
        String enterprise = actingFor().value();
        return Optional.ofNullable(replyId == null ? null : em.find(Reply.class, replyId))
                .filter(reply -> reply.getEnterpriseNumber().equals(enterprise));
    }

    /** A reply to one of the calling institution's messages. */
    @RolesAllowed(Roles.SCOPE_PUBLICATION_SENDER)
    public Optional<Reply> toCallingInstitution(String replyId) {
        String institution = callers.actingFor();
        return Optional.ofNullable(replyId == null ? null : em.find(Reply.class, replyId))
                .filter(reply -> reply.getSenderOrganizationId().equals(institution));
    }

    /** The document of a reply. */
    public record Document(String fileName, String mediaType, StoredContent content) {}
}
