package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.spi.StorageBackendFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Builds backends from {@code alchemy.storage.<name>.*} properties with the built-in and loaded factories. */
public final class StorageConfig {
    public static final String PREFIX = "alchemy.storage.";

    private StorageConfig() {}

    /** Backends for every {@code alchemy.storage.<name>.type} in {@code properties}, in name order. */
    public static List<StorageBackend> backends(Map<String, String> properties, ClassLoader loader) {
        Map<String, Map<String, String>> byName = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                String rest = k.substring(PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    byName.computeIfAbsent(rest.substring(0, dot), n -> new TreeMap<>())
                            .put(rest.substring(dot + 1), v);
                }
            }
        });
        Map<String, StorageBackendFactory> factories = factories(loader);
        List<StorageBackend> result = new ArrayList<>();
        byName.forEach((name, settings) -> {
            String type = settings.remove("type");
            if (type == null) {
                throw new StorageException(
                        "ALCH-1503",
                        "storage '" + name + "' has settings but no " + PREFIX + name + ".type; set it to one of "
                                + factories.keySet(),
                        null);
            }
            StorageBackendFactory factory = factories.get(type.trim().toLowerCase(java.util.Locale.ROOT));
            if (factory == null) {
                throw new StorageException(
                        "ALCH-1503",
                        PREFIX + name + ".type=" + type + " is unknown; known types: " + factories.keySet()
                                + " (s3 needs alchemy-storage-s3 on the class path)",
                        null);
            }
            result.add(factory.create(name, settings));
        });
        return result;
    }

    private static Map<String, StorageBackendFactory> factories(ClassLoader loader) {
        Map<String, StorageBackendFactory> factories = new TreeMap<>();
        for (StorageBackendFactory f : List.of(new Local(), new Memory(), new Nio())) {
            factories.put(f.type(), f);
        }
        ServiceLoader.load(StorageBackendFactory.class, loader).forEach(f -> factories.put(f.type(), f));
        return factories;
    }

    /** A required setting, or an error naming the property to set. */
    public static String required(String name, Map<String, String> settings, String setting) {
        String value = settings.get(setting);
        if (value == null || value.isBlank()) {
            throw new StorageException(
                    "ALCH-1503", "storage '" + name + "' needs " + PREFIX + name + "." + setting, null);
        }
        return value.trim();
    }

    private static final class Local implements StorageBackendFactory {
        @Override
        public String type() {
            return "local";
        }

        @Override
        public StorageBackend create(String name, Map<String, String> settings) {
            return StorageBackends.local(name, Path.of(required(name, settings, "root")));
        }
    }

    private static final class Memory implements StorageBackendFactory {
        @Override
        public String type() {
            return "memory";
        }

        @Override
        public StorageBackend create(String name, Map<String, String> settings) {
            return StorageBackends.memory(name);
        }
    }

    /** {@code uri} names the file system (for example {@code jar:file:/data/files.zip}); {@code root} a folder in it. */
    private static final class Nio implements StorageBackendFactory {
        @Override
        public String type() {
            return "nio";
        }

        @Override
        public StorageBackend create(String name, Map<String, String> settings) {
            URI uri = URI.create(required(name, settings, "uri"));
            String root = settings.getOrDefault("root", "/");
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of("create", "true"));
                } catch (IOException io) {
                    throw new StorageException("storage '" + name + "': cannot open file system " + uri, io);
                }
            }
            return StorageBackends.nio(name, fs.getPath(root));
        }
    }
}
