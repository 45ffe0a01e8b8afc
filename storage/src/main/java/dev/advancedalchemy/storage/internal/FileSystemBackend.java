package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.storage.spi.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A backend over a directory of any {@code java.nio.file} file system (the default one for "local", a zip or
 * in-memory file system for "nio"): keys are checked by {@link StorageKeys}, then every resolved path and every
 * existing ancestor is checked to stay under the root after symlinks are followed.
 */
public final class FileSystemBackend implements StorageBackend {
    private final String key;
    private final Path root;
    private final Path realRoot;

    public FileSystemBackend(String key, Path root) {
        this.key = key;
        try {
            Files.createDirectories(root);
            this.root = root.toAbsolutePath().normalize();
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new StorageException("backend '" + key + "': cannot create or open the root directory " + root, e);
        }
    }

    @Override
    public String key() {
        return key;
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    @Override
    public StoredFile save(String path, InputStream data, String contentType, Map<String, Object> metadata) {
        Path target = resolve(path);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            confine(path, target.getParent());
            tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            DigestingCopy.Result copied;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                copied = DigestingCopy.copy(data, out);
            }
            // re-check: a symlink could have been planted while we streamed
            confine(path, target.getParent());
            move(tmp, target);
            Instant modified = Files.getLastModifiedTime(target).toInstant();
            return new StoredFile(
                    path, copied.size(), copied.checksum(), Checksums.etag(copied.checksum()), null, modified);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StorageException("backend '" + key + "': could not write '" + path + "'", e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // zip and some other file systems cannot rename atomically; a plain replace is the best they offer
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String path) {
        Path target = resolve(path);
        try {
            return Files.newInputStream(target);
        } catch (NoSuchFileException e) {
            throw new StorageException("ALCH-1502", "backend '" + key + "' has no file '" + path + "'", e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StorageException("backend '" + key + "': could not open '" + path + "'", e);
        }
    }

    @Override
    public void delete(String path) {
        Path target = resolve(path);
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new StorageException("backend '" + key + "': could not delete '" + path + "'", e);
        }
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    /** Resolves a checked key under the root, refusing any path whose existing part leaves the root. */
    private Path resolve(String path) {
        List<String> segments = StorageKeys.segments(path);
        Path target = root;
        for (String segment : segments) {
            target = target.resolve(segment);
        }
        target = target.normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new StorageException("ALCH-1501", "storage key '" + path + "' is refused: it leaves the root", null);
        }
        confine(path, target);
        return target;
    }

    /** Follows symlinks of the longest existing prefix of {@code target} and refuses it if it leaves the root. */
    private void confine(String path, Path target) {
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        try {
            Path real = existing.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new StorageException(
                        "ALCH-1501", "storage key '" + path + "' is refused: a symlink leads out of the root", null);
            }
        } catch (NoSuchFileException e) {
            // a dangling symlink: its target does not exist, so we cannot prove it stays inside
            throw new StorageException(
                    "ALCH-1501", "storage key '" + path + "' is refused: it goes through a dangling symlink", e);
        } catch (FileSystemException e) {
            throw new StorageException("backend '" + key + "': cannot check '" + path + "'", e);
        } catch (IOException e) {
            throw new StorageException("backend '" + key + "': cannot check '" + path + "'", e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary name is unique and hidden; a leftover never shadows a real key
            }
        }
    }

    @Override
    public String toString() {
        return "FileSystemBackend[" + key + " at " + root.toUri() + "]";
    }
}
