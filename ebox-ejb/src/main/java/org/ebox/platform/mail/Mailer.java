package org.ebox.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the service's emails with Jakarta Mail. In production to an SMTP server (host, port, TLS, credentials from
 * MicroProfile Config); in the default run, with {@code ebox.mail.transport=folder}, each mail is written as an .eml
 * file under the data folder's mail/ instead, where the development mail page shows it. Never both, never neither:
 * a mail that cannot be handed over throws {@link MailNotSent}.
 */
@ApplicationScoped
public class Mailer {

    /** How mails leave the service. */
    public enum Transport {
        SMTP,
        FOLDER
    }

    @Inject
    @ConfigProperty(name = "ebox.mail.transport", defaultValue = "smtp")
    String transport;

    @Inject
    @ConfigProperty(name = "ebox.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "ebox.mail.from", defaultValue = "e-Box Enterprise <no-reply@ebox.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "ebox.mail.smtp.host", defaultValue = "localhost")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "ebox.mail.smtp.port", defaultValue = "25")
    int smtpPort;

    /** none, starttls (upgrade a plain connection; refused if the server cannot) or tls (TLS from the start). */
    @Inject
    @ConfigProperty(name = "ebox.mail.smtp.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "ebox.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ebox.mail.smtp.password")
    Optional<String> password;

    private Session session;

    @PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtpHost);
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        switch (tls) {
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case "tls" -> properties.put("mail.smtp.ssl.enable", "true");
            default -> {}
        }
        Authenticator authenticator = null;
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    public Transport transport() {
        return "folder".equalsIgnoreCase(transport) ? Transport.FOLDER : Transport.SMTP;
    }

    /** The folder of the default run's mails. */
    public Path folder() {
        return Path.of(dataDir, "mail");
    }

    public void send(OutgoingMail mail) {
        send(mail, null);
    }

    /**
     * Sends a mail under a Message-ID of the caller's (null: a new one). A mail sent twice under one Message-ID, after
     * a crash between the SMTP server's acceptance and the record of it, is recognisable as one mail by its readers.
     */
    public void send(OutgoingMail mail, String messageId) {
        try (Batch batch = batch()) {
            batch.send(mail, messageId);
        }
    }

    /** A batch of mails sent over one SMTP connection, opened at the first mail: for the nightly run's chunks. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * Mails that go one after the other over one connection to the SMTP server, instead of one connection each. When
     * the connection fails, the mail that failed throws {@link MailNotSent} and the next one opens a new connection.
     */
    public final class Batch implements AutoCloseable {

        private jakarta.mail.Transport connection;

        private Batch() {}

        public void send(OutgoingMail mail, String messageId) {
            try {
                MimeMessage message = compose(mail, messageId);
                if (transport() == Transport.FOLDER) {
                    writeToFolder(message);
                    return;
                }
                if (connection == null || !connection.isConnected()) {
                    connection = session.getTransport("smtp");
                    connection.connect();
                }
                connection.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | IOException e) {
                close();
                throw new MailNotSent("The mail to " + mail.to() + " could not be sent", e);
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (MessagingException ignored) {
                    // The connection is gone either way; the mails it took were accepted.
                }
                connection = null;
            }
        }
    }

    private MimeMessage compose(OutgoingMail mail, String messageId) throws MessagingException {
        MimeMessage message = messageId == null
                ? new MimeMessage(session)
                : new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        message.setSentDate(sentDate());
        message.saveChanges();
        return message;
    }

    /** Written beside, then moved: the mail page never sees half a file. */
    private void writeToFolder(MimeMessage message) throws IOException, MessagingException {
        Path folder = folder();
        Files.createDirectories(folder);
        String name = Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml";
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Jakarta Mail takes the Date header as a java.util.Date. */
    @SuppressWarnings("JavaUtilDate")
    private static Date sentDate() {
        return new Date();
    }
}
