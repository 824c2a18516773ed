package org.ebox.platform;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret kept in a file of the data folder that every node of a cluster shares (the first operator's setup token,
 * the development tokens' key): written once, by whichever node comes first, readable by the server's account only.
 * It is written whole to a file of its own, then linked under its name, which fails if another node linked its own
 * first: no node ever reads half a file, and every node reads the same secret.
 */
public final class SecretFiles {

    private SecretFiles() {}

    /** The file's secret: the one there, or else the one made now. */
    public static String once(Path file, Supplier<String> made) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file);
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path written = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions keeps the folder's own.
            }
            Files.writeString(written, made.get());
            try {
                Files.createLink(file, written);
            } catch (FileAlreadyExistsException anotherNodeFirst) {
                // Its secret counts; ours was never used.
            }
        } finally {
            Files.delete(written);
        }
        return Files.readString(file);
    }
}
