package org.ebox.enterprise.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the extracts an operator sent are kept while their import runs or waits for a restart: {@code kbo/} in the
 * data folder, which every node of a cluster shares. An extract is received under a temporary name and kept under
 * its import's id once the import is recorded; it goes when the import is applied or cancelled.
 */
@ApplicationScoped
public class KboExtractFolder {

    @Inject
    @ConfigProperty(name = "ebox.data.dir", defaultValue = "./data")
    String dataDir;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(dataDir, "kbo").toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the extracts' folder at " + root, e);
        }
    }

    /** Copies an upload to a temporary file of its own; the caller keeps or forgets it. */
    public Path receive(InputStream content) throws IOException {
        Path incoming = Files.createTempFile(root.resolve("incoming"), "extract-", ".zip");
        try {
            Files.copy(content, incoming, StandardCopyOption.REPLACE_EXISTING);
            return incoming;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
    }

    public void keep(Path received, String importId) throws IOException {
        Files.move(received, of(importId), StandardCopyOption.ATOMIC_MOVE);
    }

    public Path of(String importId) {
        return root.resolve(importId + ".zip");
    }

    public void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
