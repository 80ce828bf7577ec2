package ru.parta.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;

@MicronautTest(startApplication = false, transactional = false)
class BlobStoreTest {

    @Inject
    BlobStore store;

    @Test
    void theSameContentIsStoredOnce() throws IOException {
        StagedBlob first = store.stage(bytes("%PDF-1.4 the same content"), 1024);
        StagedBlob second = store.stage(bytes("%PDF-1.4 the same content"), 1024);
        assertEquals(first.sha256(), second.sha256());
        store.keep(first);
        store.keep(second);
        assertTrue(store.contains(first.sha256()));
        assertEquals("application/pdf", first.mediaType());
        assertEquals(25, Files.size(store.pathOf(first.sha256())));
        assertTrue(store.verify(first.sha256()));
        assertEquals(0, staged(), "nothing left in staging");
    }

    @Test
    void refusedAndInterruptedUploadsLeaveNothingBehind() {
        PartaException tooLarge = assertThrows(PartaException.class,
                () -> store.stage(new Pattern(10_000), 1_000));
        assertEquals(ErrorCategory.LIMIT, tooLarge.category());
        assertEquals("file.empty", assertThrows(PartaException.class,
                () -> store.stage(bytes(""), 1_000)).messageKey());
        assertEquals("file.interrupted", assertThrows(PartaException.class,
                () -> store.stage(new Broken(5_000), 1_000_000)).messageKey());
        assertEquals(0, staged());
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        StagedBlob exe = store.stage(new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}),
                1_000);
        assertEquals("application/x-msdownload", exe.mediaType());
        store.discard(exe);
        StagedBlob png = store.stage(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10,
                0, 0, 0, 13, 'I', 'H', 'D', 'R'}), 1_000);
        assertEquals("image/png", png.mediaType());
        store.discard(png);
    }

    @Test
    void aFileLargerThanTheHeapStreamsThroughAndVerifies() throws IOException {
        long size = Runtime.getRuntime().maxMemory() + 64L * 1024 * 1024;
        StagedBlob big = store.stage(new Pattern(size), Long.MAX_VALUE);
        assertEquals(size, big.size());
        store.keep(big);
        assertEquals(size, Files.size(store.pathOf(big.sha256())));
        assertTrue(store.verify(big.sha256()));
        Files.write(store.pathOf(big.sha256()), new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        assertFalse(store.verify(big.sha256()), "a changed file no longer matches its hash");
        store.delete(big.sha256());
    }

    private long staged() {
        try (Stream<Path> files = Files.list(store.pathOf("0".repeat(64)).getParent().getParent().getParent()
                .resolve("staging"))) {
            return files.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A long stream made on the fly, so the test itself never holds it in memory. */
    private static class Pattern extends InputStream {
        private long left;

        Pattern(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? (int) (left % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((left - i) % 251);
            }
            left -= count;
            return count;
        }
    }

    /** A connection that drops after some bytes. */
    private static class Broken extends Pattern {
        private long untilFailure;

        Broken(long untilFailure) {
            super(Long.MAX_VALUE);
            this.untilFailure = untilFailure;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (untilFailure <= 0) {
                throw new IOException("connection reset");
            }
            untilFailure -= length;
            return super.read(buffer, offset, length);
        }
    }
}
