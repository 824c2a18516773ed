package org.ebox.message.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ebox.common.control.Pages;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.boundary.MessageConsultation.ResultPage;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.Reply;
import org.ebox.message.entity.StoredContent;

/**
 * Replies: an enterprise answers a message that allows it; the institution that sent the message reads the answers.
 * Each side sees only its own: another's reply is not found.
 */
@Stateless
public class Replies {

    public static final int MAX_TEXT = 4000;

    /** The types a reply's document may have, recognised from its content: PDF, JPEG, PNG. */
    public static final java.util.Set<String> DOCUMENT_TYPES = java.util.Set.of("application/pdf", "image/jpeg",
            "image/png");

    /** A telephone number as people write it: digits, spaces and . / ( ) -, an optional +, 8 to 15 digits. */
    private static final java.util.regex.Pattern TELEPHONE = java.util.regex.Pattern.compile("\\+?[0-9 ./()-]{8,25}");

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    MessageConsultation consultation;

    /** Sends a reply, with or without one document already in the content store. */
    public Reply send(EnterpriseNumber enterprise, String originalMessageId, String personId, String telephone,
                      String text, Document document, OffsetDateTime now) {
        Message original = consultation.find(enterprise, originalMessageId, now)
                .filter(Message::isReplyAuthorized)
                .orElseThrow(() -> PublicationRefused.invalidInput("No message of this e-Box that allows replies"));
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

    /** The replies to this institution's messages, newest first, cut in the database. */
    public ResultPage<Reply> toInstitution(EnterpriseNumber institution, int page, int pageSize) {
        return newestFirst("r.senderOrganizationId", institution, page, pageSize);
    }

    /** The replies this enterprise sent (its Outbox), newest first, cut in the database. */
    public ResultPage<Reply> fromEnterprise(EnterpriseNumber enterprise, int page, int pageSize) {
        return newestFirst("r.enterpriseNumber", enterprise, page, pageSize);
    }

    /** How many replies this enterprise sent: its Outbox's count. */
    public long countFromEnterprise(EnterpriseNumber enterprise) {
        return em.createQuery("select count(r) from Reply r where r.enterpriseNumber = :party", Long.class)
                .setParameter("party", enterprise.value()).getSingleResult();
    }

    private ResultPage<Reply> newestFirst(String party, EnterpriseNumber number, int page, int pageSize) {
        long total = em.createQuery("select count(r) from Reply r where " + party + " = :party", Long.class)
                .setParameter("party", number.value()).getSingleResult();
        List<Reply> items = total == 0 ? List.of() : em.createQuery("select r from Reply r where " + party
                        + " = :party order by r.sentAt desc, r.replyId", Reply.class)
                .setParameter("party", number.value())
                .setFirstResult(Pages.firstResult(page, pageSize)).setMaxResults(pageSize)
                .getResultList();
        return new ResultPage<>(items, total);
    }

    /** A reply this enterprise sent. */
    public Optional<Reply> sentBy(EnterpriseNumber enterprise, String replyId) {
        return Optional.ofNullable(replyId == null ? null : em.find(Reply.class, replyId))
                .filter(reply -> reply.getEnterpriseNumber().equals(enterprise.value()));
    }

    public Optional<Reply> find(EnterpriseNumber institution, String replyId) {
        return Optional.ofNullable(replyId == null ? null : em.find(Reply.class, replyId))
                .filter(reply -> reply.getSenderOrganizationId().equals(institution.value()));
    }

    /** The document of a reply. */
    public record Document(String fileName, String mediaType, StoredContent content) {
    }
}
