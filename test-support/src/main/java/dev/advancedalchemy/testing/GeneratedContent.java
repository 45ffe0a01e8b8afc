package dev.advancedalchemy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Large test content that never sits in memory: {@code size} deterministic pseudo-random bytes (xorshift) produced
 * on demand, digested (SHA-256, the checksum the storage backends store) as they are read, so a test can save a file larger than the heap and compare checksums.
 *
 * <pre>{@code
 * GeneratedContent source = new GeneratedContent(256L << 20);
 * StoredFile stored = backend.save("big.bin", source, "application/octet-stream", Map.of());
 * assertThat(stored.checksum()).isEqualTo(source.sha256Hex());
 * assertThat(GeneratedContent.digest(backend.open("big.bin"))).isEqualTo(new Digest(source.size(), source.sha256Hex()));
 * }</pre>
 */
public final class GeneratedContent extends InputStream {
    private final long size;
    private final MessageDigest sha256 = sha256();
    private long produced;
    private long state = 0x9E3779B97F4A7C15L;

    /** Content of {@code size} bytes. */
    public GeneratedContent(long size) {
        this.size = size;
    }

    /** Size and SHA-256 (lower-case hex) of a stream. */
    public record Digest(long size, String sha256Hex) {}

    /** The size this content has. */
    public long size() {
        return size;
    }

    /** The SHA-256 of what has been read so far (all of it once the stream is exhausted), as lower-case hex. */
    public String sha256Hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code in} to its end in 64 KiB steps and closes it, returning its size and SHA-256. */
    public static Digest digest(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                total += n;
            }
        }
        return new Digest(total, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (produced >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - produced);
        for (int i = 0; i < n; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            b[off + i] = (byte) state;
        }
        sha256.update(b, off, n);
        produced += n;
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
