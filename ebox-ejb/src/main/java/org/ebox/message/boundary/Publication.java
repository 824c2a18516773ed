package org.ebox.message.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ebox.audit.entity.ApiCall;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.message.control.BoxCounts;
import org.ebox.message.entity.AttentionOf;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.PublicationRecord;
import org.ebox.platform.StoredContent;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * An institution publishes a message into an enterprise's e-Box. One transaction: the message with all its
 * attachments and its idempotency record, or nothing. The files are already in the content store; the caller removes
 * the ones it added when this refuses.
 */
@Stateless
@RolesAllowed(Roles.SCOPE_PUBLICATION_SENDER)
public class Publication {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** Publishes as the caller's own organisation: a request naming another sender is refused. */
    public Result publish(Request request, OffsetDateTime now) {
        return publish(request, now, null);
    }

    /**
     * Publishes, and records the API call in the audit trail in the same transaction (answered 201): one commit for
     * the message and its record, and a publication rolled back leaves no record of a success. A retry answered with
     * the first result is recorded too, as a write always is.
     */
    public Result publish(Request request, OffsetDateTime now, ApiCall call) {
        Result result = publishOnce(request, now);
        if (call != null) {
            em.persist(call.answered(now, 201, auditDetails(request, result.messageId())));
        }
        return result;
    }

    /**
     * What the audit trail keeps of a publication (API_CALL_DETAILS): the message id, the original message's, and each
     * file's media type, size and digest.
     */
    public static Map<String, String> auditDetails(Request request, String messageId) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("messageId", messageId);
        if (request.originalMessageId() != null) {
            details.put("originalMessageId", request.originalMessageId());
        }
        for (NewAttachment file : request.attachments()) {
            String prefix = "attachments." + file.fileName() + ".";
            details.put(prefix + "mediaType", file.mediaType());
            details.put(prefix + "size", String.valueOf(file.content().sizeInBytes()));
            details.put(prefix + "digest.digestValue", file.content().digestBase64Url());
            details.put(prefix + "digest.digestMethod", "sha_256");
        }
        return details;
    }

    private Result publishOnce(Request request, OffsetDateTime now) {
        if (!request.senderOrganization().value().equals(callers.actingFor())) {
            throw PublicationRefused.invalidSender("Only the organisation of the token may publish");
        }
        if (request.idempotencyKey() != null) {
            Optional<Result> previous = previous(request.idempotencyKey(), request.fingerprint());
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        Enterprise recipient = em.find(Enterprise.class, request.recipient().value());
        if (recipient == null) {
            throw PublicationRefused.invalidInput(request.recipient().value() + " is not a valid company");
        }
        if (recipient.isClosed()) {
            // Its e-Box stays readable until its messages expire, but nothing new arrives in it.
            throw PublicationRefused.invalidInput(
                    request.recipient().value() + " was closed in the KBO/BCE on " + recipient.getClosedOn());
        }
        SenderApplication application = em.find(SenderApplication.class, request.senderApplicationId());
        MessageType type = em.find(MessageType.class, request.messageTypeId());
        if (application == null
                || type == null
                || !application
                        .getOrganization()
                        .getOrganizationId()
                        .equals(request.senderOrganization().value())
                || !type.mayBeSentBy(application)) {
            throw PublicationRefused.invalidSender("Invalid message configuration: this sender may not publish"
                    + " this message type with this application");
        }
        if (type.isWithdrawn()) {
            throw PublicationRefused.invalidSender(
                    "Invalid message configuration: the message type " + type.getMessageTypeId() + " is withdrawn");
        }
        if (request.registeredMail() && !type.isRegisteredMailAllowed()) {
            throw PublicationRefused.invalidInput(
                    "registeredMail: messages of type " + type.getMessageTypeId() + " may not be registered mail");
        }
        if (request.replyAuthorized() && !type.isRepliesAllowed()) {
            throw PublicationRefused.invalidInput(
                    "replyAuthorized: messages of type " + type.getMessageTypeId() + " may not allow replies");
        }
        Message message = new Message(request.recipient(), application, type, request.subject(), now);
        if (request.originalMessageId() != null) {
            checkReplyTo(request, now);
            message.asReplyTo(request.originalMessageId());
        }
        message.withBody(request.body(), request.bodyMainContent());
        if (request.registeredMail()) {
            message.asRegisteredMail();
        }
        if (request.replyAuthorized()) {
            message.allowReplies();
        }
        if (request.attentionOf() != null) {
            message.forTheAttentionOf(request.attentionOf());
        }
        message.withBusinessData(request.businessDataJson());
        for (NewAttachment file : request.attachments()) {
            var attachment =
                    message.attach(file.title(), file.fileName(), file.mediaType(), file.content(), file.mainContent());
            if (file.signed()) {
                attachment.markSigned();
            }
        }
        em.persist(message);
        if (request.idempotencyKey() != null) {
            em.persist(new PublicationRecord(
                    request.senderOrganization().value(),
                    request.idempotencyKey(),
                    request.fingerprint(),
                    message.getMessageId(),
                    now));
        }
        // Now, not at commit: a concurrent retry with the same key fails here, inside this call.
        em.flush();
        // Last, so that the box's counter row stays locked for the commit only.
        BoxCounts.received(em, message.getEnterpriseNumber().value());
        return new Result(message.getMessageId(), message.getExpirationDate(), recipient.getEboxOpenedAt() == null);
    }

    /**
     * The result of the caller's earlier publication under the same key; a different request under it is refused.
     */
    public Optional<Result> previous(String idempotencyKey, String fingerprint) {
        EnterpriseNumber sender = new EnterpriseNumber(callers.actingFor());
        PublicationRecord record =
                em.find(PublicationRecord.class, new PublicationRecord.Key(sender.value(), idempotencyKey));
        if (record == null) {
            return Optional.empty();
        }
        if (!record.getRequestFingerprint().equals(fingerprint)) {
            throw new PublicationRefused(
                    "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for another publication");
        }
        Message message = em.find(Message.class, record.getMessageId());
        Enterprise recipient =
                em.find(Enterprise.class, message.getEnterpriseNumber().value());
        return Optional.of(
                new Result(message.getMessageId(), message.getExpirationDate(), recipient.getEboxOpenedAt() == null));
    }

    /**
     * The messages among these that the calling sender published into the named e-Boxes; the others (unknown, another
     * sender's, another box) are left out, so that the answer reveals nothing about them. One query.
     */
    public List<Message> publishedByCaller(Map<String, EnterpriseNumber> boxById) {
        EnterpriseNumber sender = new EnterpriseNumber(callers.actingFor());
        if (boxById.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from Message m where m.messageId in :ids and m.senderOrganizationId = :sender"
                                + " order by m.receiptDate desc",
                        Message.class)
                .setParameter("ids", boxById.keySet())
                .setParameter("sender", sender.value())
                .getResultStream()
                .filter(message -> message.getEnterpriseNumber().equals(boxById.get(message.getMessageId())))
                .toList();
    }

    private void checkReplyTo(Request request, OffsetDateTime now) {
        Message original = em.find(Message.class, request.originalMessageId());
        if (original == null
                || !original.getEnterpriseNumber().equals(request.recipient())
                || original.isExpiredAt(now)
                || !original.isReplyAuthorized()) {
            throw PublicationRefused.invalidInput("originalMessageId: no message of this e-Box that allows replies");
        }
    }

    /** A file of the publication, already in the content store. */
    public record NewAttachment(
            TranslatedText title,
            String fileName,
            String mediaType,
            StoredContent content,
            boolean mainContent,
            boolean signed) {}

    /** Everything a publication says, checked for form by the API before it gets here. */
    public record Request(
            EnterpriseNumber senderOrganization,
            String senderApplicationId,
            String messageTypeId,
            EnterpriseNumber recipient,
            TranslatedText subject,
            TranslatedText body,
            boolean bodyMainContent,
            boolean replyAuthorized,
            boolean registeredMail,
            String originalMessageId,
            AttentionOf attentionOf,
            String businessDataJson,
            List<NewAttachment> attachments,
            String idempotencyKey,
            String fingerprint) {}

    /** What the sender is told: the message's id and expiry, and whether the enterprise has never opened its box. */
    public record Result(String messageId, OffsetDateTime expirationDate, boolean noDigitalUser) {}
}
