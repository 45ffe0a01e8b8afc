package dev.advancedalchemy.storage.it;

import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StoredFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * Run by {@link LargeFileIT} in a JVM with a small heap: saves a generated file larger than the heap through the
 * local backend, reads it back as a stream, and exits 0 only if size and checksum match.
 */
public final class LargeFileMain {
    private LargeFileMain() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        StorageBackend local = StorageBackends.local("big", root);
        Generated source = new Generated(size);
        StoredFile stored = local.save("big/file.bin", source, "application/octet-stream", Map.of());
        MessageDigest back = MessageDigest.getInstance("MD5");
        long read = 0;
        try (InputStream in = local.open("big/file.bin")) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                back.update(buffer, 0, n);
                read += n;
            }
        }
        String expected = HexFormat.of().formatHex(source.md5.digest());
        String readBack = HexFormat.of().formatHex(back.digest());
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory() + " stored=" + stored.size() + " read=" + read
                + " checksum=" + stored.checksum() + " expected=" + expected + " readBack=" + readBack);
        boolean ok = stored.size() == size
                && read == size
                && stored.checksum().equals(expected)
                && readBack.equals(expected);
        System.exit(ok ? 0 : 1);
    }

    /** Deterministic pseudo-random bytes, produced on demand and digested as they go out. */
    private static final class Generated extends InputStream {
        private final long size;
        private final MessageDigest md5;
        private long produced;
        private long state = 0x9E3779B97F4A7C15L;

        Generated(long size) throws Exception {
            this.size = size;
            this.md5 = MessageDigest.getInstance("MD5");
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
            md5.update(b, off, n);
            produced += n;
            return n;
        }
    }
}
