package org.ebox.web.it;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The mails an e-Box run with {@code ebox.mail.transport=folder} wrote to its data folder, one .eml file each (written
 * whole, then moved into place): what a test reads instead of an SMTP server's mailbox.
 */
final class MailFolder {

    private final Path folder;

    MailFolder(Path folder) {
        this.folder = folder;
    }

    /** The text of the newest mail to this address, waiting up to 20 seconds for one. */
    String awaitBodyTo(String address) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        Wait.until(
                () -> {
                    newestTo(address).ifPresent(found::set);
                    return found.get() != null;
                },
                Duration.ofSeconds(20),
                "a mail to " + address + " in " + folder.getFileName());
        return MailCatcher.body(found.get());
    }

    private Optional<MimeMessage> newestTo(String address) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(MailFolder::modified).reversed())
                    .map(MailFolder::read)
                    .filter(mail -> isTo(mail, address))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            mail.getContent();
            return mail;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Not a mail: " + file, e);
        }
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return mail.getAllRecipients() != null
                    && Arrays.stream(mail.getAllRecipients())
                            .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
