package org.ebox.web.rest.extensions;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ebox.common.control.ResultPage;
import org.ebox.message.boundary.Replies;
import org.ebox.message.entity.Reply;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.AuditDetails;
import org.ebox.web.rest.QueryParameters;
import org.ebox.web.rest.StoredFiles;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * GET /replies: the replies enterprises sent to the caller's messages, newest first, paged like the contract's lists
 * ({@code items}, {@code totalItems}); GET /replies/{replyId} and its document's content. A sender reads only the
 * replies to its own messages; another's reply id answers 404.
 */
@Path("replies")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.PUBLICATION_SENDER)
public class RepliesResource {

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @EJB
    Replies replies;

    @Inject
    ContentStore contentStore;

    /** A reply as this API writes it; names in the contract's style. */
    public record ReplyView(
            String replyId,
            String originalMessageId,
            Contract.EboxId eboxId,
            String sentDate,
            String telephone,
            String text,
            Contract.Attachment attachment) {}

    public record RepliesView(List<ReplyView> items, int totalItems) {}

    @GET
    public RepliesView list(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<Reply> found =
                replies.toCallingInstitution(QueryParameters.page(page), QueryParameters.pageSize(pageSize));
        AuditDetails.put(
                request,
                "replyId",
                String.join(",", found.items().stream().map(Reply::getReplyId).toList()));
        return new RepliesView(found.items().stream().map(this::view).toList(), Math.toIntExact(found.total()));
    }

    @GET
    @Path("{replyId}")
    public ReplyView reply(@PathParam("replyId") String replyId) {
        AuditDetails.put(request, "replyId", replyId);
        return view(find(replyId));
    }

    @GET
    @Path("{replyId}/attachment/content")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    public Response document(@PathParam("replyId") String replyId) {
        Reply reply = find(replyId);
        StoredContent document = reply.getDocument().orElseThrow(() -> ApiException.notFound("Document"));
        AuditDetails.put(request, "replyId", replyId);
        AuditDetails.put(request, "digest.digestValue", document.digestBase64Url());
        return StoredFiles.download(contentStore, document, reply.getMediaType(), reply.getFileName())
                .build();
    }

    private ReplyView view(Reply reply) {
        Contract.Attachment attachment = reply.getDocument()
                .map(document -> new Contract.Attachment(
                        null,
                        null,
                        reply.getFileName(),
                        true,
                        reply.getMediaType(),
                        Contract.kilobytes(document.sizeInBytes()),
                        new Contract.Digest(document.digestBase64Url(), "sha_256"),
                        false,
                        uri.getBaseUri() + "replies/" + reply.getReplyId() + "/attachment/content"))
                .orElse(null);
        return new ReplyView(
                reply.getReplyId(),
                reply.getOriginalMessageId(),
                new Contract.EboxId("enterprise", reply.getEnterpriseNumber()),
                Contract.dateTime(reply.getSentAt()),
                reply.getTelephone(),
                reply.getText(),
                attachment);
    }

    private Reply find(String replyId) {
        return replies.toCallingInstitution(replyId).orElseThrow(() -> ApiException.notFound("Reply"));
    }
}
