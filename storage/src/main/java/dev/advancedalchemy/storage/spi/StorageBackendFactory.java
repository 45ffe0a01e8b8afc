package dev.advancedalchemy.storage.spi;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import java.util.Map;

/**
 * Creates backends of one {@link #type()} from configuration ({@code alchemy.storage.<name>.type=<type>} plus
 * {@code alchemy.storage.<name>.<setting>=...}). Found with {@link java.util.ServiceLoader}; module
 * {@code alchemy-storage-s3} registers type {@code s3} this way.
 *
 * <pre>{@code
 * public final class FtpBackendFactory implements StorageBackendFactory {
 *     public String type() { return "ftp"; }
 *     public StorageBackend create(String name, Map<String, String> settings) { ... }
 * }
 * }</pre>
 */
public interface StorageBackendFactory {
    /** The {@code type} value this factory handles, lower case. */
    String type();

    /**
     * Creates the backend registered as {@code name}.
     *
     * @param settings the settings after {@code alchemy.storage.<name>.}, without {@code type}
     * @throws StorageException naming the missing or invalid setting
     */
    StorageBackend create(String name, Map<String, String> settings);
}
