package org.ebox.web.dev;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.ebox.platform.mail.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GET /dev/mail: the mails the default run sent (login codes, contact messages, notifications), newest first, read
 * from the .eml files of the mail folder. For trying the service without an SMTP server; answers 404 unless
 * {@code ebox.dev.mail-viewer.enabled} is true and mails go to the folder.
 */
@WebServlet("/dev/mail")
public class DevelopmentMailbox extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "ebox.dev.mail-viewer.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || mailer.transport() != Mailer.Transport.FOLDER) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Sent mail - e-Box"
                + " Enterprise (development)</title><style>body{font-family:sans-serif;margin:2rem;max-width:60rem}"
                + "article{border:1px solid #888;border-radius:6px;padding:1rem;margin:1rem 0}"
                + "pre{white-space:pre-wrap}</style></head><body><main>");
        out.println("<h1>Sent mail</h1><p>The mails of the default run, newest first (the last " + SHOWN
                + "). They are kept as .eml files in the data folder's mail/ and are never sent.</p>");
        List<Path> mails = newest();
        if (mails.isEmpty()) {
            out.println("<p id=\"no-mail\">No mail has been sent yet.</p>");
        }
        Session session = Session.getInstance(new Properties());
        for (Path file : mails) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage mail = new MimeMessage(session, in);
                out.println("<article><h2>" + escape(mail.getSubject()) + "</h2><p>To: "
                        + escape(String.join(", ", List.of(mail.getHeader("To")))) + "<br>Sent: "
                        + escape(DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM, Locale.UK)
                                .format(mail.getSentDate()))
                        + "</p><pre>" + escape(String.valueOf(mail.getContent()))
                        + "</pre></article>");
            } catch (MessagingException | IOException e) {
                out.println("<p>" + escape(file.getFileName().toString()) + ": not readable</p>");
            }
        }
        out.println("</main></body></html>");
    }

    private List<Path> newest() throws IOException {
        Path folder = mailer.folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(
                                    (Path file) -> file.getFileName().toString())
                            .reversed())
                    .limit(SHOWN)
                    .toList();
        }
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
