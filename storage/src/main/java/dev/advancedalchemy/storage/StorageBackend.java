package dev.advancedalchemy.storage;

import dev.advancedalchemy.exceptions.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A place files are kept, registered under a {@link #key()} in a {@link StorageRegistry}.
 *
 * <pre>{@code
 * StorageBackend local = StorageBackends.local("local", Path.of("/var/files"));
 * StoredFile stored = local.save("a/b.txt", in, "text/plain", Map.of());
 * try (InputStream back = local.open("a/b.txt")) { ... }
 * }</pre>
 *
 * <p>Rules every implementation follows:
 *
 * <ul>
 *   <li>Keys are {@code /}-separated relative paths; a key that could reach outside the backend's root or
 *       prefix ({@code ..}, absolute paths, backslashes, percent-encoded separators, control characters, drive
 *       letters, Unicode look-alikes of {@code /} and {@code .}, over-long names, symlinks out of the root) is
 *       refused with {@link StorageException} before any I/O.
 *   <li>{@link #save} streams: it never holds the whole content in memory, computes the checksum while
 *       writing, and replaces an existing file atomically where the store allows it.
 *   <li>{@link #delete} of an absent key is not an error.
 * </ul>
 */
public interface StorageBackend {
    /** The name this backend is registered under (the JSON {@code "backend"} value). */
    String key();

    /**
     * Writes {@code data} (read to its end, not closed) to {@code path}.
     *
     * @throws StorageException if the key is refused or the write fails; nothing is left at {@code path} that was
     *     not there before
     */
    StoredFile save(String path, InputStream data, String contentType, Map<String, Object> metadata);

    /**
     * Opens the file at {@code path}; the caller closes the stream.
     *
     * @throws StorageException if the key is refused or no such file exists
     */
    InputStream open(String path);

    /** The whole file in memory. */
    default byte[] getContent(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the file at {@code path}; an absent file is not an error.
     *
     * @throws StorageException if the key is refused or the delete fails
     */
    void delete(String path);

    /**
     * Whether a file exists at {@code path}.
     *
     * @throws StorageException if the key is refused
     */
    boolean exists(String path);

    /**
     * A URL granting GET (or, with {@code forUpload}, PUT) access to {@code path} for {@code expiresIn}.
     *
     * @throws StorageException if this backend cannot sign URLs (file systems and memory cannot)
     */
    default URI sign(String path, Duration expiresIn, boolean forUpload) {
        throw new StorageException("backend '" + key() + "' (" + getClass().getSimpleName()
                + ") cannot sign URLs; use an S3 backend for presigned URLs");
    }
}
