package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path folder;

    @Test
    void theFirstSecretWrittenIsTheOneEveryLaterReaderGets() throws Exception {
        Path file = folder.resolve("secrets").resolve("key");
        assertEquals("first", SecretFiles.once(file, () -> "first"));
        assertEquals("first", SecretFiles.once(file, () -> "second"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void nodesStartingTogetherAllReadOneSecretAndLeaveNoPartialFileBehind() throws Exception {
        Path file = folder.resolve("key");
        ExecutorService nodes = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> starts = IntStream.range(0, 8)
                    .<Callable<String>>mapToObj(node -> () -> SecretFiles.once(file, () -> "node " + node))
                    .toList();
            List<String> read = nodes.invokeAll(starts).stream()
                    .map(SecretFilesTest::result)
                    .toList();
            assertEquals(1, read.stream().distinct().count(), read.toString());
            assertEquals(read.get(0), Files.readString(file));
        } finally {
            nodes.shutdown();
        }
        try (var left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "no .part file of a node that came second");
        }
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
