package dev.advancedalchemy.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Content waiting to be written to a backend: bytes, a file, or a stream.
 *
 * <pre>{@code
 * FileContent.of(bytes);  FileContent.of(Path.of("upload.tmp"));  FileContent.of(request.getInputStream());
 * }</pre>
 *
 * <p>Bytes and files can be opened any number of times; a stream can be opened once (a second
 * {@link #open()} throws {@link IOException}).
 */
@FunctionalInterface
public interface FileContent {
    /** Opens the content; the caller closes the stream. */
    InputStream open() throws IOException;

    /** Content held in memory; the array is copied. */
    static FileContent of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }

    /** Content read from {@code file} when it is saved. */
    static FileContent of(Path file) {
        Objects.requireNonNull(file, "file");
        return () -> Files.newInputStream(file);
    }

    /** Content read once from {@code stream}, which is closed after it is saved. */
    static FileContent of(InputStream stream) {
        Objects.requireNonNull(stream, "stream");
        AtomicBoolean used = new AtomicBoolean();
        return () -> {
            if (used.getAndSet(true)) {
                throw new IOException("an InputStream content can be read only once");
            }
            return stream;
        };
    }
}
