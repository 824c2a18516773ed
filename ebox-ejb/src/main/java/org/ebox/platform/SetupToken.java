package org.ebox.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time token that lets the server's administrator create the first platform operator of an empty e-Box: a
 * file in the data folder that only the server's own user can read ({@code first-operator.token}), written at start
 * while the e-Box has no operator. Whoever can read it administers the server anyway; the token is used up by the
 * first operator's creation, the file then removed.
 */
@ApplicationScoped
public class SetupToken {

    static final String FILE_NAME = "first-operator.token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SetupToken.class.getName());

    @Inject
    @ConfigProperty(name = "ebox.data.dir", defaultValue = "./data")
    String dataDir;

    public Path file() {
        return Path.of(dataDir).resolve(FILE_NAME);
    }

    /**
     * Writes a token unless one is there (every node of a cluster shares the data folder: the first writes it). Answers whether a token
     * is there now: a data folder the server cannot write leaves the e-Box running, without a way to its first
     * operator until the folder is fixed and the e-Box restarted.
     */
    public boolean issue() {
        Path file = file();
        try {
            SecretFiles.once(file, () -> {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            });
            return true;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "The setup token could not be written to " + file, e);
            return false;
        }
    }

    /**
     * Uses the token up if the one given is the file's, compared in constant time: the file is removed first, so that
     * of two requests with the token only one gets on. Answers whether it was the token.
     */
    public boolean useUp(String given) {
        Path file = file();
        try {
            byte[] expected = Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            byte[] typed = (given == null ? "" : given.strip()).getBytes(StandardCharsets.UTF_8);
            if (expected.length == 0 || !MessageDigest.isEqual(expected, typed)) {
                return false;
            }
            Files.delete(file);
            return true;
        } catch (NoSuchFileException used) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a token left over once the e-Box has an operator. */
    public void withdraw() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            // Harmless: the token opens nothing once the e-Box has an operator.
            LOG.log(Level.WARNING, "A used-up setup token could not be removed from " + file(), e);
        }
    }
}
