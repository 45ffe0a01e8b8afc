package dev.advancedalchemy.storage.s3;

import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.testing.GeneratedContent;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Run by {@link LargeS3FileIT} in a JVM with a small heap: saves generated content larger than the heap through the
 * S3 backend (multipart), reads it back as a stream, and exits 0 only if size and checksum match.
 */
public final class LargeS3FileMain {
    private LargeS3FileMain() {}

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        long size = Long.parseLong(args[1]);
        try (S3Client client = S3MockServer.client(endpoint)) {
            S3Backend s3 = S3Backend.builder("s3", client, S3MockServer.BUCKET)
                    .prefix("large")
                    .multipartThreshold(S3Backend.MIN_PART_SIZE)
                    .partSize(S3Backend.MIN_PART_SIZE)
                    .build();
            GeneratedContent source = new GeneratedContent(size);
            StoredFile stored = s3.save("big.bin", source, "application/octet-stream", Map.of());
            GeneratedContent.Digest back = GeneratedContent.digest(s3.open("big.bin"));
            String expected = source.sha256Hex();
            System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory() + " stored=" + stored.size() + " read="
                    + back.size() + " checksum=" + stored.checksum() + " expected=" + expected + " readBack="
                    + back.sha256Hex() + " etag=" + stored.etag());
            boolean ok = stored.size() == size
                    && back.size() == size
                    && stored.checksum().equals(expected)
                    && back.sha256Hex().equals(expected);
            System.exit(ok ? 0 : 1);
        }
    }
}
