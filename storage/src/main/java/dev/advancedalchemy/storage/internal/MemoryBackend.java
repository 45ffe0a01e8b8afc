package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.storage.spi.Checksums;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps files in a map, for tests and demos; keys follow the same rules as on disk. */
public final class MemoryBackend implements StorageBackend {
    private final String key;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public MemoryBackend(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public StoredFile save(String path, InputStream data, String contentType, Map<String, Object> metadata) {
        StorageKeys.segments(path);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DigestingCopy.Result copied;
        try {
            copied = DigestingCopy.copy(data, out);
        } catch (IOException e) {
            throw new StorageException("backend '" + key + "': could not read the content for '" + path + "'", e);
        }
        files.put(path, out.toByteArray());
        return new StoredFile(
                path, copied.size(), copied.checksum(), Checksums.etag(copied.checksum()), null, Instant.now());
    }

    @Override
    public InputStream open(String path) {
        StorageKeys.segments(path);
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new StorageException("ALCH-1502", "backend '" + key + "' has no file '" + path + "'", null);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete(String path) {
        StorageKeys.segments(path);
        files.remove(path);
    }

    @Override
    public boolean exists(String path) {
        StorageKeys.segments(path);
        return files.containsKey(path);
    }

    /** The keys currently stored. */
    public Set<String> keys() {
        return Set.copyOf(files.keySet());
    }
}
