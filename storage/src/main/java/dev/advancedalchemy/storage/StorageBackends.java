package dev.advancedalchemy.storage;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.internal.FileSystemBackend;
import dev.advancedalchemy.storage.internal.MemoryBackend;
import dev.advancedalchemy.storage.internal.StorageKeys;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in backends.
 *
 * <pre>{@code
 * StorageRegistry.getDefault()
 *         .register(StorageBackends.local("local", Path.of("/var/app/files")))
 *         .register(StorageBackends.memory("scratch"))
 *         .register(StorageBackends.nio("archive", zipFs.getPath("/")));
 * }</pre>
 */
public final class StorageBackends {
    private StorageBackends() {}

    /**
     * Files under {@code root} on the default file system (created when missing); atomic writes by rename.
     *
     * @throws StorageException if {@code root} cannot be created, or is not on the default file system
     */
    public static StorageBackend local(String key, Path root) {
        if (root.getFileSystem() != FileSystems.getDefault()) {
            throw new StorageException("backend '" + key + "': local needs a path on the default file system, got "
                    + root.toUri() + "; use StorageBackends.nio for other file systems");
        }
        return new FileSystemBackend(key, root);
    }

    /** Files under {@code root} of any {@code java.nio.file} file system (zip, Jimfs, ...). */
    public static StorageBackend nio(String key, Path root) {
        return new FileSystemBackend(key, root);
    }

    /**
     * Checks a storage key as every built-in backend does, for backends written elsewhere (S3, custom ones).
     *
     * @return the key's {@code /}-separated segments
     * @throws StorageException (id {@code ALCH-1501}) naming the rule the key breaks: {@code ..} or {@code .}
     *     segments, absolute paths, backslashes, percent-encoded separators, dots or percent signs, control
     *     characters, drive letters, Unicode look-alikes of {@code / \ . :}, empty segments, keys over 1024 or
     *     segments over 255 UTF-8 bytes
     */
    public static List<String> checkKey(String key) {
        return StorageKeys.segments(key);
    }

    /** Files kept in memory. */
    public static StorageBackend memory(String key) {
        return new MemoryBackend(key);
    }
}
