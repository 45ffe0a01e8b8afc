package dev.advancedalchemy.storage;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.storage.internal.StorageConfig;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Named storage backends, the Java counterpart of Python's {@code storages} registry.
 *
 * <pre>{@code
 * StorageRegistry registry = StorageRegistry.getDefault();
 * registry.register(StorageBackends.local("local", Path.of("/var/app/files")));
 * StorageBackend local = registry.backend("local");
 * }</pre>
 *
 * <p>Configuration with MicroProfile Config (read by {@link #fromConfig}, and by {@link #getDefault()} the first
 * time when MicroProfile Config is on the class path):
 *
 * <pre>{@code
 * alchemy.storage.local.type=local
 * alchemy.storage.local.root=/var/app/files
 * alchemy.storage.scratch.type=memory
 * alchemy.storage.archive.type=nio
 * alchemy.storage.archive.uri=jar:file:/var/app/archive.zip
 * alchemy.storage.media.type=s3          # module alchemy-storage-s3
 * alchemy.storage.media.bucket=media
 * alchemy.storage.media.prefix=uploads/
 * }</pre>
 *
 * <p>The default registry is process-wide on purpose: JPA providers create converters and entity listeners
 * themselves, so a {@link FileObject} read from a row can only find its backend through one well-known place
 * (as in Python). Applications that want isolation create their own with {@link #create()} and install it with
 * {@link #setDefault}.
 */
public final class StorageRegistry {
    private static final AtomicReference<StorageRegistry> DEFAULT = new AtomicReference<>();

    private final Map<String, StorageBackend> backends = new ConcurrentHashMap<>();
    private final FileLifecycle lifecycle = new FileTracker(this);

    private StorageRegistry() {}

    /** An empty registry. */
    public static StorageRegistry create() {
        return new StorageRegistry();
    }

    /**
     * A registry with a backend for every {@code alchemy.storage.<name>.type} in {@code properties}.
     *
     * @throws StorageException if a type is unknown or a required setting is missing (naming the property)
     */
    public static StorageRegistry fromConfig(Map<String, String> properties) {
        StorageRegistry registry = create();
        StorageConfig.backends(properties, Thread.currentThread().getContextClassLoader())
                .forEach(registry::register);
        return registry;
    }

    /**
     * The process-wide registry; on first use it is read from MicroProfile Config when that API is present, else
     * empty.
     */
    public static StorageRegistry getDefault() {
        StorageRegistry current = DEFAULT.get();
        if (current == null) {
            DEFAULT.compareAndSet(null, fromMicroProfileConfig());
            current = DEFAULT.get();
        }
        return current;
    }

    /**
     * A registry with the backends configured in MicroProfile Config ({@code alchemy.storage.*}); empty when the
     * MicroProfile Config API or an implementation is absent.
     *
     * @throws StorageException as {@link #fromConfig}
     */
    public static StorageRegistry fromMicroProfileConfig() {
        return fromConfig(MicroProfileConfigReader.read());
    }

    /** Installs {@code registry} as the process-wide registry (for example at application start). */
    public static void setDefault(StorageRegistry registry) {
        DEFAULT.set(Objects.requireNonNull(registry, "registry"));
    }

    /** Adds {@code backend} under its key, replacing a backend of the same key; returns this. */
    public StorageRegistry register(StorageBackend backend) {
        backends.put(backend.key(), backend);
        return this;
    }

    /**
     * The backend registered as {@code key}.
     *
     * @throws StorageException if none is, naming the registered keys
     */
    public StorageBackend backend(String key) {
        StorageBackend backend = backends.get(key);
        if (backend == null) {
            throw new StorageException(
                    "ALCH-1504",
                    "no storage backend is registered as '" + key + "'; registered: "
                            + keys() + ". Register one with StorageRegistry.register(...) or set alchemy.storage." + key
                            + ".type",
                    null);
        }
        return backend;
    }

    /** Whether a backend is registered as {@code key}. */
    public boolean isRegistered(String key) {
        return backends.containsKey(key);
    }

    /** The registered keys, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(backends.keySet());
    }

    /** The file lifecycle (orphan list, events, transaction registrars) of this registry. */
    public FileLifecycle lifecycle() {
        return lifecycle;
    }

    /** Reads every {@code alchemy.storage.*} property from MicroProfile Config, if that API is present. */
    private static final class MicroProfileConfigReader {
        static Map<String, String> read() {
            Map<String, String> props = new TreeMap<>();
            try {
                Class.forName("org.eclipse.microprofile.config.ConfigProvider");
            } catch (ClassNotFoundException | LinkageError e) {
                return props;
            }
            org.eclipse.microprofile.config.Config config;
            try {
                config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
            } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
                return props; // the API without an implementation
            }
            for (String name : config.getPropertyNames()) {
                if (name.startsWith(StorageConfig.PREFIX)) {
                    config.getOptionalValue(name, String.class).ifPresent(v -> props.put(name, v));
                }
            }
            return props;
        }
    }
}
