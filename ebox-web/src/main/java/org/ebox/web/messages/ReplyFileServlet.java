package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ebox.message.boundary.Replies;
import org.ebox.message.entity.Reply;
import org.ebox.platform.ContentStore;
import org.ebox.platform.security.Roles;
import org.ebox.web.session.CurrentUser;

/**
 * GET /app/messages/reply-file?reply=…[&amp;download=true]: the document of a reply the enterprise acted for sent,
 * opened from its Outbox. Another enterprise's reply, or a reply without a document, answers 404.
 */
@WebServlet("/app/messages/reply-file")
public class ReplyFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @EJB
    Replies replies;

    @Inject
    ContentStore contentStore;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Reply> found = currentUser.getEnterprise() == null || !request.isUserInRole(Roles.EBOX_READER)
                ? Optional.empty()
                : replies.fromCallersEnterprise(request.getParameter("reply"))
                        .filter(reply -> reply.getDocument().isPresent());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Reply reply = found.get();
        Headers.sendFile(
                response,
                contentStore,
                reply.getDocument().orElseThrow(),
                reply.getMediaType(),
                reply.getFileName(),
                "true".equals(request.getParameter("download")));
    }
}
