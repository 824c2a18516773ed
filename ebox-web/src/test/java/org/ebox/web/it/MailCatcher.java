package org.ebox.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * GreenMail as the SMTP server the e-Box under test sends to (the build gives both the same free port), and what it
 * received, to read login codes and check what the service mailed.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail greenMail;

    private MailCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailCatcher start() {
        // The test JVM has the port as a system property; inside Payara Micro it is the e-Box's own setting.
        String configured = System.getProperty("ebox.test.smtp.port", System.getenv("EBOX_MAIL_SMTP_PORT"));
        int port = Integer.parseInt(configured == null ? "3025" : configured);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailCatcher(greenMail);
    }

    /** The newest mail to this address that matches, waiting up to 20 seconds for it to arrive. */
    public MimeMessage awaitMailTo(String address, Predicate<MimeMessage> matching) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found =
                    mailsTo(address).stream().filter(matching).reduce((first, last) -> last);
            if (found.isPresent()) {
                return found.get();
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No such mail to " + address + " within 20 s; received: "
                + mailsTo(address).size());
    }

    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients())
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The text of a plain-text mail, decoded (quoted-printable or base64, UTF-8), lines ending in LF. */
    public static String body(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            // SMTP carries lines ending in CRLF; the tests read them as the service wrote them.
            return (content instanceof String text ? text : GreenMailUtil.getBody(mail)).replace("\r\n", "\n");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
