package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path root;

    @Test
    void storedBytesComeBackUnchangedWithTheirSha256AndSize() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] bytes = "%PDF-1.7 a letter".getBytes(StandardCharsets.UTF_8);
        StoredContent stored = store.store(bytes);
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), stored.sha256Hex());
        assertEquals(bytes.length, stored.sizeInBytes());
        try (InputStream in = store.open(stored)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void identicalFilesAreKeptOnce() throws IOException {
        ContentStore store = new ContentStore(root);
        StoredContent first = store.store("same".getBytes(StandardCharsets.UTF_8));
        StoredContent second = store.store("same".getBytes(StandardCharsets.UTF_8));
        assertEquals(first, second);
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void largeFileStreamsThroughWithoutLeavingPartialFiles() throws IOException {
        ContentStore store = new ContentStore(root);
        long size = 64L * 1024 * 1024;
        StoredContent stored = store.store(new RepeatingStream(size));
        assertEquals(size, stored.sizeInBytes());
        assertTrue(store.contains(stored));
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            assertEquals(0, incoming.count(), "no .part file left behind");
        }
    }

    @Test
    void anUploadLeftBehindByADeadNodeIsDeletedOnceOlderThanTheGivenInstantAndALiveOneStays() throws IOException {
        ContentStore store = new ContentStore(root);
        ContentStore.Staged abandoned = store.stage(new java.io.ByteArrayInputStream(new byte[] {1}), 10);
        Files.setLastModifiedTime(abandoned.path(), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        ContentStore.Staged live = store.stage(new java.io.ByteArrayInputStream(new byte[] {2}), 10);
        StoredContent kept = store.store(new byte[] {3});
        Files.setLastModifiedTime(
                root.resolve(kept.sha256Hex().substring(0, 2)).resolve(kept.sha256Hex()),
                FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        assertEquals(1, store.deleteUploadsAbandonedBefore(Instant.now().minus(Duration.ofHours(1))));
        assertTrue(!Files.exists(abandoned.path()));
        assertTrue(Files.exists(live.path()), "an upload in progress stays");
        assertTrue(store.contains(kept), "only the incoming area is cleared, never the store");
    }

    @Test
    void stagedFileIsNotInTheStoreUntilKeptAndDiscardingLeavesNothing() throws IOException {
        ContentStore store = new ContentStore(root);
        ContentStore.Staged staged = store.stage(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        assertTrue(!store.contains(staged.content()), "staged, not kept");
        store.discard(staged);
        assertEquals(0, regularFiles());

        ContentStore.Staged again = store.stage(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        assertTrue(store.keep(again), "this call added the file");
        assertTrue(store.contains(again.content()));
        ContentStore.Staged same = store.stage(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        assertTrue(!store.keep(same), "the same bytes were there already: shared, not added");
        assertEquals(1, regularFiles());
    }

    @Test
    void fileLongerThanAllowedIsRefusedAndLeavesNoPartialFile() throws IOException {
        ContentStore store = new ContentStore(root);
        org.junit.jupiter.api.Assertions.assertThrows(
                ContentStore.TooLarge.class, () -> store.stage(new RepeatingStream(1025), 1024));
        assertEquals(0, regularFiles());
    }

    @Test
    void forgettingAFileRemovesItFromTheStore() throws IOException {
        ContentStore store = new ContentStore(root);
        StoredContent stored = store.store("gone".getBytes(StandardCharsets.UTF_8));
        store.forget(stored);
        assertTrue(!store.contains(stored));
    }

    private long regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void digestIsWrittenInBase64UrlForTheContract() {
        StoredContent empty = new StoredContent("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0);
        assertEquals("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU", empty.digestBase64Url());
    }

    /** An endless-looking stream of a given length that exists nowhere in memory. */
    private static final class RepeatingStream extends InputStream {
        private long remaining;

        RepeatingStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 'x' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            remaining -= n;
            return n;
        }
    }
}
