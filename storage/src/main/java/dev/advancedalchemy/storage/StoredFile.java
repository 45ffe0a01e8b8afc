package dev.advancedalchemy.storage;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a backend reports after writing a file: the values that end up in the row.
 *
 * @param path the key the content was written to
 * @param size the number of bytes written
 * @param checksum SHA-256 of the bytes as 64 lower-case hex digits, computed while streaming
 * @param etag the backend's entity tag (S3: the object's ETag; file systems and memory: the quoted checksum)
 * @param versionId the backend's version id, {@code null} when the backend does not version objects
 * @param lastModified when the backend finished writing
 */
public record StoredFile(
        String path,
        long size,
        String checksum,
        String etag,
        @Nullable String versionId,
        Instant lastModified) {
    /** @throws IllegalArgumentException if {@code size} is negative */
    public StoredFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
    }
}
