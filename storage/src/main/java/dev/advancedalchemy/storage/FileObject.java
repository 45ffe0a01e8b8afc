package dev.advancedalchemy.storage;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.internal.ContentTypes;
import dev.advancedalchemy.types.Opaque;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file kept in a named {@link StorageBackend} and described by a JSON column (see {@link FileObjectConverter}).
 *
 * <pre>{@code
 * user.setAvatar(FileObject.of("local", "avatar.png").toFilename("avatars/" + user.getId() + ".png")
 *         .content(bytes));
 * em.persist(user);                          // bytes are written before the transaction commits
 * byte[] back = user.getAvatar().getContent();
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@link #path()} (the storage key) is {@code toFilename} when given, else {@code filename}; the JSON
 *       {@code "filename"} holds the path, as in Python Advanced Alchemy.
 *   <li>{@link #contentType()} is guessed from the file name when not given, else
 *       {@code application/octet-stream}.
 *   <li>Two file objects are equal when their path and backend key are equal; content and metadata do not count.
 *   <li>{@code size}, {@code checksum}, {@code etag}, {@code versionId} and {@code lastModified} are the values
 *       the backend reported when the content was written ({@link #markStored}).
 *   <li>Manual operations ({@link #save()}, {@link #getContent()}, {@link #delete()}, {@link #sign}) resolve the
 *       backend through {@link StorageRegistry#getDefault()}.
 * </ul>
 */
public final class FileObject implements Opaque {
    private final String backend;
    private final String path;
    private @Nullable String contentType;
    private @Nullable Long size;
    private @Nullable Instant lastModified;
    private @Nullable String checksum;
    private @Nullable String etag;
    private @Nullable String versionId;
    private Map<String, Object> metadata;
    private @Nullable FileContent pending;

    private FileObject(String backend, String path, @Nullable String contentType, Map<String, Object> metadata) {
        if (backend.isBlank()) {
            throw new IllegalArgumentException("a FileObject needs a backend key, got a blank one");
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a FileObject needs a filename, got an empty one");
        }
        this.backend = backend;
        this.path = path;
        this.contentType = contentType;
        this.metadata = new LinkedHashMap<>(metadata);
    }

    /**
     * A file named {@code filename} in the backend registered as {@code backend}.
     *
     * @throws IllegalArgumentException if either is blank
     */
    public static FileObject of(String backend, String filename) {
        return new FileObject(backend, filename, null, Map.of());
    }

    /**
     * A copy stored under {@code toFilename} (Python's {@code to_filename}) instead of the original name; the
     * content type is still guessed from the original name unless set. Pending content and metadata carry over.
     */
    public FileObject toFilename(String toFilename) {
        FileObject copy = new FileObject(backend, toFilename, contentType(), metadata);
        copy.pending = pending;
        return copy;
    }

    /** Sets the content type instead of guessing it; returns this. */
    public FileObject contentType(String contentType) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        return this;
    }

    /** Sets the content to write on the next save (or before the surrounding transaction commits); returns this. */
    public FileObject content(FileContent content) {
        this.pending = Objects.requireNonNull(content, "content");
        return this;
    }

    /** Shortcut for {@code content(FileContent.of(bytes))}. */
    public FileObject content(byte[] bytes) {
        return content(FileContent.of(bytes));
    }

    /** Shortcut for {@code content(FileContent.of(stream))}; the stream is read once and closed. */
    public FileObject content(InputStream stream) {
        return content(FileContent.of(stream));
    }

    /** Shortcut for {@code content(FileContent.of(file))}. */
    public FileObject content(Path file) {
        return content(FileContent.of(file));
    }

    /** The key of the backend in the {@link StorageRegistry}. */
    public String backend() {
        return backend;
    }

    /** The storage key of the file. */
    public String path() {
        return path;
    }

    /** The same as {@link #path()}: Python stores the path under {@code "filename"}. */
    public String filename() {
        return path;
    }

    /** The MIME type, given or guessed from the name. */
    public String contentType() {
        String type = contentType;
        if (type == null) {
            type = ContentTypes.guess(path);
            contentType = type;
        }
        return type;
    }

    /** Bytes stored, when known. */
    public Optional<Long> size() {
        return Optional.ofNullable(size);
    }

    /** When the backend wrote the file, when known. */
    public Optional<Instant> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    /** SHA-256 of the stored bytes (64 lower-case hex digits), when known. */
    public Optional<String> checksum() {
        return Optional.ofNullable(checksum);
    }

    /** The backend's entity tag, when known. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /** The backend's version id, when it versions objects. */
    public Optional<String> versionId() {
        return Optional.ofNullable(versionId);
    }

    /** The metadata map itself (mutable; in-place changes are saved with the row). */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** Merges {@code more} into the metadata (later keys win, as Python's {@code dict.update}); returns this. */
    public FileObject updateMetadata(Map<String, ?> more) {
        metadata.putAll(more);
        return this;
    }

    /** Replaces the metadata; returns this. */
    public FileObject metadata(Map<String, ?> replacement) {
        this.metadata = new LinkedHashMap<>(replacement);
        return this;
    }

    /** Whether content is waiting to be written. */
    public boolean hasPendingContent() {
        return pending != null;
    }

    /** The content waiting to be written, if any. */
    public Optional<FileContent> pendingContent() {
        return Optional.ofNullable(pending);
    }

    /**
     * Records what a backend reported after writing this file and clears the pending content. Called by the
     * lifecycle and by {@link #save()}; applications rarely need it.
     *
     * @throws IllegalArgumentException if {@code stored} is for another path
     */
    public FileObject markStored(StoredFile stored) {
        if (!stored.path().equals(path)) {
            throw new IllegalArgumentException("stored file is for '" + stored.path() + "', not '" + path + "'");
        }
        this.size = stored.size();
        this.checksum = stored.checksum();
        this.etag = stored.etag();
        this.versionId = stored.versionId();
        this.lastModified = stored.lastModified();
        this.pending = null;
        return this;
    }

    /** Restores the stored values read from a column; used by the converters. */
    public FileObject restore(
            @Nullable Long size,
            @Nullable Instant lastModified,
            @Nullable String checksum,
            @Nullable String etag,
            @Nullable String versionId) {
        if (size != null && size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
        this.size = size;
        this.lastModified = lastModified;
        this.checksum = checksum;
        this.etag = etag;
        this.versionId = versionId;
        return this;
    }

    /** The backend this file lives in, from {@link StorageRegistry#getDefault()}. */
    public StorageBackend resolveBackend() {
        return StorageRegistry.getDefault().backend(backend);
    }

    /**
     * Writes the pending content now, outside any transaction lifecycle.
     *
     * @throws StorageException if there is no pending content or the backend fails
     */
    public FileObject save() {
        FileContent content = pending;
        if (content == null) {
            throw new StorageException("FileObject '" + path + "' has no pending content to save; call content(...)");
        }
        try (InputStream in = content.open()) {
            return markStored(resolveBackend().save(path, in, contentType(), metadata));
        } catch (IOException e) {
            throw new StorageException("could not read the content for '" + path + "'", e);
        }
    }

    /** The stored bytes (whole file in memory; use {@link #openStream()} for large files). */
    public byte[] getContent() {
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream over the stored bytes; the caller closes it. */
    public InputStream openStream() {
        return resolveBackend().open(path);
    }

    /** Deletes the stored file now (absent files are not an error). */
    public void delete() {
        resolveBackend().delete(path);
    }

    /**
     * A URL that grants access to the file for {@code expiresIn}.
     *
     * @throws StorageException if the backend cannot sign URLs
     */
    public URI sign(Duration expiresIn, boolean forUpload) {
        return resolveBackend().sign(path, expiresIn, forUpload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileObject other && path.equals(other.path) && backend.equals(other.backend);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, backend);
    }

    @Override
    public String toString() {
        return "FileObject[backend=" + backend + ", path=" + path + ", size=" + size + ", contentType=" + contentType()
                + ", etag=" + etag + "]";
    }
}
