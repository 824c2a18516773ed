package org.ebox.web.rest.consultation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ebox.common.control.ResultPage;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.MessageCriteria;
import org.ebox.platform.ContentStore;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.AuditDetails;
import org.ebox.web.rest.QueryParameters;
import org.ebox.web.rest.StoredFiles;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.contract.Contract.TranslatedString;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * /ebox/messages and below: the caller's own messages, their attachments and bodies, and masking. A message of
 * another enterprise answers 404, exactly like one that does not exist.
 */
@Path("ebox/messages")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.MESSAGES_FULL)
public class MessagesResource {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @EJB
    MessageConsultation consultation;

    @Inject
    ContentStore contentStore;

    @GET
    public Contract.Messages list(
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize,
            @QueryParam("receivedBefore") String receivedBefore,
            @QueryParam("receivedAfter") String receivedAfter,
            @QueryParam("expiredBefore") String expiredBefore,
            @QueryParam("expiredAfter") String expiredAfter,
            @QueryParam("readStatus") String readStatus,
            @QueryParam("visible") String visible,
            @QueryParam("messageTypeId") String messageTypeId,
            @QueryParam("senderOrganizationId") String senderOrganizationId,
            @QueryParam("senderApplicationId") String senderApplicationId,
            @QueryParam("registeredMail") String registeredMail,
            @QueryParam("q") String q,
            @QueryParam("qlang") String qlang) {
        if (q != null && (qlang == null || !MessageCriteria.SEARCH_LANGUAGES.contains(qlang))) {
            throw ApiException.invalidInput("q needs qlang: nl, fr or de");
        }
        if (q != null && q.isBlank()) {
            throw ApiException.invalidInput("q: the words to search, not empty");
        }
        MessageCriteria criteria = MessageCriteria.ALL
                .withReceived(
                        QueryParameters.date("receivedAfter", receivedAfter),
                        QueryParameters.date("receivedBefore", receivedBefore))
                .withExpiry(
                        QueryParameters.date("expiredAfter", expiredAfter),
                        QueryParameters.date("expiredBefore", expiredBefore))
                .withReadStatus(QueryParameters.bool("readStatus", readStatus))
                .withVisible(QueryParameters.bool("visible", visible))
                .withRegisteredMail(QueryParameters.bool("registeredMail", registeredMail), null)
                .withSender(messageTypeId, senderOrganizationId, senderApplicationId)
                .withWords(q, q == null ? null : qlang);
        ResultPage<Message> result = consultation.search(
                criteria, QueryParameters.page(page), QueryParameters.pageSize(pageSize), OffsetDateTime.now(clock));
        AuditDetails.put(
                request,
                "messageId",
                String.join(
                        ",", result.items().stream().map(Message::getMessageId).toList()));
        return new Contract.Messages(
                result.items().stream().map(MessageViews::summary).toList(), Math.toIntExact(result.total()));
    }

    /** Masks or shows messages, all or none: one unknown id and nothing changes (404). */
    @PATCH
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    public Response changeVisibility(Contract.MessagesToUpdate update) {
        if (update == null || update.items() == null || update.items().isEmpty()) {
            throw ApiException.invalidInput("items: at least one message to update");
        }
        Map<String, Boolean> visibleById = new LinkedHashMap<>();
        for (Contract.MessageToUpdate item : update.items()) {
            if (item == null || item.messageId() == null || item.visible() == null) {
                throw ApiException.invalidInput("every item needs messageId and visible");
            }
            if (visibleById.put(item.messageId(), item.visible()) != null) {
                throw ApiException.invalidInput("messageId " + item.messageId() + " is given twice");
            }
        }
        AuditDetails.put(request, "messageId", String.join(",", visibleById.keySet()));
        Set<String> unknown = consultation.changeVisibility(visibleById, OffsetDateTime.now(clock));
        if (!unknown.isEmpty()) {
            throw ApiException.notFound("Message(s) " + String.join(", ", unknown));
        }
        return Response.ok().build();
    }

    @GET
    @Path("{messageId}")
    public Contract.Message message(@PathParam("messageId") String messageId) {
        AuditDetails.put(request, "messageId", messageId);
        return MessageViews.detail(ownMessage(messageId), apiBase());
    }

    @GET
    @Path("{messageId}/attachments")
    public Contract.Attachments attachments(@PathParam("messageId") String messageId) {
        Message message = ownMessage(messageId);
        AuditDetails.put(request, "messageId", messageId);
        message.getAttachments().forEach(this::audit);
        return MessageViews.attachments(message, apiBase());
    }

    @GET
    @Path("{messageId}/attachments/{attachmentId}")
    public Contract.Attachment attachment(
            @PathParam("messageId") String messageId, @PathParam("attachmentId") String attachmentId) {
        Attachment attachment = ownAttachment(messageId, attachmentId);
        AuditDetails.put(request, "messageId", messageId);
        audit(attachment);
        return MessageViews.attachment(attachment, apiBase());
    }

    /**
     * The file itself, streamed from the store: its media type, its name, its length and its SHA-256 digest in the
     * headers. Opening the main content reads the message.
     */
    @GET
    @Path("{messageId}/attachments/{attachmentId}/content")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    public Response content(@PathParam("messageId") String messageId, @PathParam("attachmentId") String attachmentId) {
        Attachment attachment = ownAttachment(messageId, attachmentId);
        AuditDetails.put(request, "messageId", messageId);
        audit(attachment);
        if (attachment.isMainContent()) {
            consultation.openedMainContent(messageId, OffsetDateTime.now(clock));
        }
        String digest = attachment.getContent().digestBase64();
        return StoredFiles.download(
                        contentStore, attachment.getContent(), attachment.getMediaType(), attachment.getFileName())
                .header("Digest", "sha-256=" + digest)
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .build();
    }

    /** The body in the three languages; reading it reads the message when the body is its main content. */
    @GET
    @Path("{messageId}/body")
    public TranslatedString body(@PathParam("messageId") String messageId) {
        Message message = ownMessage(messageId);
        AuditDetails.put(request, "messageId", messageId);
        TranslatedString body = TranslatedString.of(message.getBody());
        if (body == null) {
            throw ApiException.notFound("Body");
        }
        if (message.isBodyMainContent()) {
            consultation.openedMainContent(messageId, OffsetDateTime.now(clock));
        }
        return body;
    }

    /** The attachment's keys in the audit details, as audit_trail.md lists them. */
    private void audit(Attachment attachment) {
        String prefix = "attachment." + attachment.getAttachmentId() + ".";
        AuditDetails.put(request, prefix + "attachmentId", attachment.getAttachmentId());
        AuditDetails.put(request, prefix + "mediaType", attachment.getMediaType());
        AuditDetails.put(request, prefix + "size", attachment.getSizeInBytes());
        AuditDetails.put(
                request, prefix + "digest.digestValue", attachment.getContent().digestBase64Url());
        AuditDetails.put(request, prefix + "digest.digestMethod", "sha_256");
    }

    private Message ownMessage(String messageId) {
        return consultation
                .find(messageId, OffsetDateTime.now(clock))
                .orElseThrow(() -> ApiException.notFound("Message"));
    }

    private Attachment ownAttachment(String messageId, String attachmentId) {
        return consultation
                .findAttachment(messageId, attachmentId, OffsetDateTime.now(clock))
                .orElseThrow(() -> ApiException.notFound("Attachment"));
    }

    private String apiBase() {
        return uri.getBaseUri().toString();
    }
}
