package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.entity.Attachment;
import org.ebox.platform.ContentStore;
import org.ebox.platform.security.Roles;
import org.ebox.web.session.CurrentUser;

/**
 * GET /app/messages/file?message=…&amp;attachment=…[&amp;download=true]: one file of a message of the enterprise acted
 * for, streamed from the store with its media type, to view in the browser or to save. Headers stop the browser from
 * running a file as a page of ours (no sniffing, a sandbox). Registered mail's files only after pickup; opening the
 * main file reads the message, as the API does. Anything else answers 404.
 */
@WebServlet("/app/messages/file")
public class MessageFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @EJB
    MessageConsultation consultation;

    @Inject
    ContentStore contentStore;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Enterprise enterprise = currentUser.getEnterprise();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Attachment> found = enterprise == null || !request.isUserInRole(Roles.EBOX_READER)
                ? Optional.empty()
                : consultation
                        .findAttachment(request.getParameter("message"), request.getParameter("attachment"), now)
                        .filter(attachment -> !attachment.getMessage().isAwaitingPickUp());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = found.get();
        if (attachment.isMainContent()) {
            consultation.openedMainContent(attachment.getMessage().getMessageId(), now);
        }
        Headers.sendFile(
                response,
                contentStore,
                attachment.getContent(),
                attachment.getMediaType(),
                attachment.getFileName(),
                "true".equals(request.getParameter("download")));
    }
}
