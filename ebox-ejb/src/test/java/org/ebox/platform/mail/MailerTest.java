package org.ebox.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The mailer against a real SMTP server (GreenMail), against none, and with the default run's mail folder. */
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    @Test
    void smtpTransportDeliversTheMailWithItsUtf8SubjectAndText() throws Exception {
        Mailer mailer = mailer("smtp", SMTP.getSmtp().getPort());
        mailer.send(new OutgoingMail("luc@zinneke.example", "Uw aanmeldcode – één keer", "Code: 123456\nDank u."));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Uw aanmeldcode – één keer", received.getSubject());
        assertEquals("luc@zinneke.example", received.getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(received).contains("123456"));
        assertTrue(received.getFrom()[0].toString().contains("no-reply@ebox.test"));
    }

    @Test
    void aBatchSendsItsMailsUnderTheirOwnMessageIdsAndGoesOnAfterTheServerCameBack() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        Mailer mailer = mailer("smtp", port);
        GreenMail before = new GreenMail(setup);
        before.start();
        GreenMail after = new GreenMail(setup);
        List<String> beforeReceived;
        try (Mailer.Batch batch = mailer.batch()) {
            batch.send(new OutgoingMail("one@zinneke.example", "One", "1"), "<one@notification.ebox>");
            batch.send(new OutgoingMail("two@zinneke.example", "Two", "2"), "<two@notification.ebox>");
            beforeReceived = Stream.of(before.getReceivedMessages())
                    .map(MailerTest::subject)
                    .toList();
            before.stop();
            assertThrows(
                    MailNotSent.class,
                    () -> batch.send(
                            new OutgoingMail("lost@zinneke.example", "Lost", "-"), "<lost@notification.ebox>"));
            after.start();
            batch.send(new OutgoingMail("three@zinneke.example", "Three", "3"), "<three@notification.ebox>");
            MimeMessage[] received = after.getReceivedMessages();
            assertEquals(
                    List.of("Three"),
                    Stream.of(received).map(MailerTest::subject).toList(),
                    "the batch opened a new connection for the mail after the failure");
            assertEquals("<three@notification.ebox>", received[0].getMessageID());
        } finally {
            after.stop();
        }
        assertEquals(List.of("One", "Two"), beforeReceived);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void smtpServerThatIsDownGivesMailNotSentAndNoFile() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Mailer mailer = mailer("smtp", closedPort);
        assertThrows(MailNotSent.class, () -> mailer.send(new OutgoingMail("a@example.be", "s", "t")));
        assertTrue(Files.notExists(mailer.folder()));
    }

    @Test
    void folderTransportWritesOneReadableEmlFileAndNoPartialOne() throws Exception {
        Mailer mailer = mailer("folder", SMTP.getSmtp().getPort());
        mailer.send(new OutgoingMail("sophie@lumiere.example", "Code", "Votre code : 654321"));
        List<Path> files;
        try (Stream<Path> list = Files.list(dataDir.resolve("mail"))) {
            files = list.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).toString().endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("Code", mail.getSubject());
            assertTrue(String.valueOf(mail.getContent()).contains("654321"));
        }
        assertEquals(0, SMTP.getReceivedMessages().length, "the folder transport never sends");
    }

    @Test
    void anAddressThatIsNotOneIsRefusedBeforeAnythingIsSent() {
        Mailer mailer = mailer("smtp", SMTP.getSmtp().getPort());
        assertThrows(MailNotSent.class, () -> mailer.send(new OutgoingMail("not an address", "s", "t")));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private Mailer mailer(String transport, int port) {
        Mailer mailer = new Mailer();
        mailer.transport = transport;
        mailer.dataDir = dataDir.toString();
        mailer.from = "e-Box test <no-reply@ebox.test>";
        mailer.smtpHost = "127.0.0.1";
        mailer.smtpPort = port;
        mailer.tls = "none";
        mailer.username = Optional.empty();
        mailer.password = Optional.empty();
        mailer.configure();
        return mailer;
    }
}
