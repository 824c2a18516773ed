package org.ebox.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ebox.message.entity.StoredContent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps attachment bytes on disk under their SHA-256 digest. Files stream through in small buffers, so a file of any
 * size never sits in memory; the digest is computed on the way in. Identical files are kept once. A file becomes
 * visible under its final name only when it is complete (atomic move), so a reader never sees half a file.
 */
@ApplicationScoped
public class ContentStore {

    @Inject
    @ConfigProperty(name = "ebox.data.dir", defaultValue = "./data")
    String dataDir;

    private Path root;

    public ContentStore() {
    }

    /** A store outside the container (tests, tools). */
    public ContentStore(Path root) {
        this.root = root;
        createRoot();
    }

    @PostConstruct
    void init() {
        root = Path.of(dataDir, "attachments").toAbsolutePath().normalize();
        createRoot();
    }

    private void createRoot() {
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachment store at " + root, e);
        }
    }

    /** Reads the stream to its end and keeps its bytes. The caller closes the stream. */
    public StoredContent store(InputStream content) throws IOException {
        Path incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                size = content.transferTo(out);
            }
            StoredContent stored = new StoredContent(HexFormat.of().formatHex(sha256.digest()), size);
            Path target = pathOf(stored);
            Files.createDirectories(target.getParent());
            try {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException alreadyKept) {
                // The same bytes are already there.
            }
            return stored;
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    public StoredContent store(byte[] content) throws IOException {
        return store(new java.io.ByteArrayInputStream(content));
    }

    public InputStream open(StoredContent content) throws IOException {
        return Files.newInputStream(pathOf(content));
    }

    public boolean contains(StoredContent content) {
        return Files.isRegularFile(pathOf(content));
    }

    Path pathOf(StoredContent content) {
        String hex = content.sha256Hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
