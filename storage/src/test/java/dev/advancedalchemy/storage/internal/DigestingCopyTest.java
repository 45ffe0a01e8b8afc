package dev.advancedalchemy.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestingCopyTest {
    private static final int B = DigestingCopy.BUFFER;

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Hands out at most {@code step} bytes per read, as sockets and multipart bodies do. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, B - 1, B, B + 1, 4 * B, 4 * B + 7, 9 * B - 3})
    void copiesEveryByteAndDigestsThemAroundBufferBoundaries(int size) throws Exception {
        byte[] content = random(size, size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DigestingCopy.Result result = DigestingCopy.copy(trickle(content, 10_000), out);
        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(result.size()).isEqualTo(size);
        assertThat(result.checksum()).isEqualTo(sha256(content));
    }

    @Test
    void moreConcurrentCopiesThanDigestThreadsAllGetTheirOwnChecksum() throws Exception {
        int copies = 4 * Runtime.getRuntime().availableProcessors() + 2;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<byte[]> contents = new ArrayList<>();
            List<Future<DigestingCopy.Result>> results = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                byte[] content = random(6 * B + i, i);
                contents.add(content);
                results.add(pool.submit(
                        () -> DigestingCopy.copy(new ByteArrayInputStream(content), OutputStream.nullOutputStream())));
            }
            for (int i = 0; i < copies; i++) {
                assertThat(results.get(i).get().checksum()).isEqualTo(sha256(contents.get(i)));
                assertThat(results.get(i).get().size()).isEqualTo(contents.get(i).length);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingSourceFailsTheCopyWithItsOwnErrorAndTheNextCopyStillWorks() throws Exception {
        byte[] content = random(5 * B, 3);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(content)) {
            private int reads;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (++reads == 4) {
                    throw new IOException("connection reset by peer");
                }
                return super.read(b, off, Math.min(len, B));
            }
        };
        assertThatThrownBy(() -> DigestingCopy.copy(failing, OutputStream.nullOutputStream()))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset by peer");
        assertThat(DigestingCopy.copy(new ByteArrayInputStream(content), OutputStream.nullOutputStream())
                        .checksum())
                .isEqualTo(sha256(content));
    }

    @Test
    void aFailingTargetFailsTheCopyWithItsOwnError() {
        OutputStream full = new OutputStream() {
            private long written;

            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 2L * B) {
                    throw new IOException("No space left on device");
                }
            }
        };
        assertThatThrownBy(() -> DigestingCopy.copy(new ByteArrayInputStream(random(6 * B, 4)), full))
                .isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
    }
}
