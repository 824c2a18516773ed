package org.ebox.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import org.ebox.common.control.Sha256;
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

    public ContentStore() {}

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
        Staged staged = stage(content, Long.MAX_VALUE);
        keep(staged);
        return staged.content();
    }

    /**
     * Streams a file into the store's incoming area, computing its digest on the way, without making it part of the
     * store yet: a publication first receives all its files, then checks them, then keeps them or discards them.
     *
     * @throws TooLarge when the stream holds more than {@code maxBytes}; nothing is left behind
     */
    public Staged stage(InputStream content, long maxBytes) throws IOException {
        Path incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        boolean complete = false;
        try {
            MessageDigest sha256 = Sha256.digest();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            complete = true;
            return new Staged(incoming, new StoredContent(Sha256.hex(sha256), size));
        } finally {
            if (!complete) {
                Files.deleteIfExists(incoming);
            }
        }
    }

    /**
     * Makes a staged file part of the store. Answers whether this call added it: false when the same bytes were kept
     * already (they are shared, never removed by {@link #forget}).
     */
    public boolean keep(Staged staged) throws IOException {
        Path target = pathOf(staged.content());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            touch(target);
            Files.deleteIfExists(staged.path());
            return false;
        }
        try {
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException keptMeanwhile) {
            Files.deleteIfExists(staged.path());
            return false;
        }
    }

    /**
     * A file kept anew is touched: the purge deletes an unreferenced file only when it has not been touched for a
     * while, so a publication that shares it but has not committed yet never loses it.
     */
    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    }

    /**
     * Deletes a file that no message refers to any more, unless it was kept anew within {@code grace} (a publication
     * sharing it may still be committing). Answers whether the file is gone.
     */
    public boolean deleteUnlessKeptWithin(String sha256Hex, Duration grace) throws IOException {
        Path file = pathOf(new StoredContent(sha256Hex, 0));
        if (!Files.exists(file)) {
            return true;
        }
        if (Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(grace))) {
            return false;
        }
        Files.deleteIfExists(file);
        return true;
    }

    /**
     * Deletes the uploads of the incoming area last written before this instant: what a node that died while it
     * received a file left behind (its own cleanup never ran). Every node shares the folder, so a live upload of
     * another node is in it too: the caller passes an instant no upload in progress is older than. Answers how many.
     */
    public int deleteUploadsAbandonedBefore(Instant before) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> uploads = Files.newDirectoryStream(root.resolve("incoming"), "upload-*.part")) {
            for (Path upload : uploads) {
                if (isLastWrittenBefore(upload, before) && Files.deleteIfExists(upload)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean isLastWrittenBefore(Path file, Instant before) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (NoSuchFileException keptOrDiscardedMeanwhile) {
            return false;
        }
    }

    public void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.path());
    }

    /** Removes a file this store added for a publication that then failed, so that no orphan file stays. */
    public void forget(StoredContent content) throws IOException {
        Files.deleteIfExists(pathOf(content));
    }

    /** A file received but not yet kept. */
    public record Staged(Path path, StoredContent content) {
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    /** A file longer than allowed. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long maxBytes) {
            super("A file may hold at most " + maxBytes + " bytes");
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
}
