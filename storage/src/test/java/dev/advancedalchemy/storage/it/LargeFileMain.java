package dev.advancedalchemy.storage.it;

import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.testing.GeneratedContent;
import java.nio.file.Path;
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
        GeneratedContent source = new GeneratedContent(size);
        StoredFile stored = local.save("big/file.bin", source, "application/octet-stream", Map.of());
        GeneratedContent.Digest back = GeneratedContent.digest(local.open("big/file.bin"));
        String expected = source.sha256Hex();
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory() + " stored=" + stored.size() + " read="
                + back.size() + " checksum=" + stored.checksum() + " expected=" + expected + " readBack="
                + back.sha256Hex());
        boolean ok = stored.size() == size
                && back.size() == size
                && stored.checksum().equals(expected)
                && back.sha256Hex().equals(expected);
        System.exit(ok ? 0 : 1);
    }
}
