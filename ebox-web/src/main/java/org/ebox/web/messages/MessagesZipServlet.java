package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ebox.common.control.Sha256;
import org.ebox.common.entity.BelgianTime;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.Message;
import org.ebox.platform.ContentStore;
import org.ebox.platform.FileNames;
import org.ebox.platform.security.Roles;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;

/**
 * POST /app/messages/download.zip with the ticked ids (at most 100): the selected messages' files as one ZIP,
 * written straight to the response file by file, so that memory holds one buffer, never the archive. Each message has
 * its folder (date, sender, subject, with names every system accepts); manifest.csv lists every file with its size
 * and SHA-256. Registered mail that was not picked up is listed in the manifest, without its files.
 */
@WebServlet("/app/messages/download.zip")
public class MessagesZipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGES = 100;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @EJB
    MessageConsultation consultation;

    /** The list's parameter "nothing" when Download was sent with no message ticked. */
    static final String NOTHING_SELECTED = "selected";

    @Inject
    ContentStore contentStore;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Enterprise enterprise = currentUser.getEnterprise();
        if (enterprise == null || !request.isUserInRole(Roles.EBOX_READER)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] selected = request.getParameterValues("selected");
        List<String> ids = selected == null
                ? List.of()
                : Arrays.stream(selected).distinct().limit(MAX_MESSAGES).toList();
        List<Message> messages = consultation.findAll(ids, OffsetDateTime.now(clock));
        if (messages.isEmpty()) {
            // Back to the folder the person was in, which then says what to do.
            response.sendRedirect(request.getContextPath() + "/app/messages/list.xhtml?folder="
                    + Folder.of(request.getParameter("folder")).getKey() + "&nothing=" + NOTHING_SELECTED);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition",
                FileNames.contentDisposition(
                        true,
                        "e-Box " + enterprise.getEnterpriseNumber().value() + " " + LocalDate.now(BelgianTime.ZONE)
                                + ".zip"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipManifest manifest = new ZipManifest();
            Set<String> folders = new HashSet<>();
            for (Message message : messages) {
                writeMessage(zip, message, unique(folders, folderOf(message)), manifest);
            }
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(manifest.toUtf8());
            zip.closeEntry();
        }
    }

    private void writeMessage(ZipOutputStream zip, Message message, String folder, ZipManifest manifest)
            throws IOException {
        String subject = message.getSubject().in(locale());
        if (message.isAwaitingPickUp()) {
            manifest.notPickedUp(message.getMessageId(), subject);
            return;
        }
        Set<String> names = new HashSet<>();
        for (Attachment attachment : message.getAttachments()) {
            String path = folder + "/" + unique(names, FileNames.safe(attachment.getFileName()));
            zip.putNextEntry(new ZipEntry(path));
            try (InputStream in = contentStore.open(attachment.getContent())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            manifest.file(
                    message.getMessageId(),
                    subject,
                    path,
                    attachment.getSizeInBytes(),
                    attachment.getContent().sha256Hex());
        }
        String body = message.getBody() == null ? null : message.getBody().in(locale());
        if (body != null && !body.isBlank()) {
            byte[] text = body.getBytes(StandardCharsets.UTF_8);
            String path = folder + "/" + unique(names, "message.txt");
            zip.putNextEntry(new ZipEntry(path));
            zip.write(text);
            zip.closeEntry();
            manifest.file(message.getMessageId(), subject, path, text.length, Sha256.hex(text));
        }
    }

    private String folderOf(Message message) {
        String name =
                message.getReceiptDate().atZoneSameInstant(BelgianTime.ZONE).toLocalDate() + " "
                        + message.getSenderOrganization().getShortName().in(locale()) + " "
                        + message.getSubject().in(locale());
        return FileNames.safe(name.replace('/', '-').replace('\\', '-'));
    }

    private Locale locale() {
        return language.getLocale();
    }

    /** The name, or the name with (2), (3)… when it is taken already (names differing only in case count as taken). */
    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }
}
