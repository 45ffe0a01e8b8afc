package dev.advancedalchemy.types.internal.crypto;

import dev.advancedalchemy.types.spi.MicroProfileConfigPresence;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Looks up encryption key strings by configuration name: through MicroProfile Config when it is on the class path,
 * otherwise from system properties and then environment variables (mapped as MicroProfile Config maps them).
 */
public final class EncryptionKeyConfig {
    /** The single default key. */
    public static final String DEFAULT_KEY = "alchemy.encryption.key";
    /** The default key list for rotation (first encrypts); wins over {@link #DEFAULT_KEY}. */
    public static final String DEFAULT_KEYS = "alchemy.encryption.keys";

    private EncryptionKeyConfig() {}

    /** The configuration property that holds the key list for {@code keyName} ({@code ""} = the default keys). */
    public static String propertyFor(String keyName) {
        return keyName.isEmpty() ? DEFAULT_KEYS : DEFAULT_KEYS + "." + keyName;
    }

    /** The configured key strings for {@code keyName} ({@code ""} = default), first one encrypting; empty if none. */
    public static List<String> keys(String keyName) {
        Optional<List<String>> list = lookup(propertyFor(keyName));
        if (list.isPresent() && !list.get().isEmpty()) {
            return list.get();
        }
        if (keyName.isEmpty()) {
            return lookup(DEFAULT_KEY).orElse(List.of());
        }
        return List.of();
    }

    /**
     * Where the key of {@code keyName} is written for MicroProfile Config while no implementation can read it: the
     * {@code META-INF/microprofile-config.properties} files (of the context class loader) that set its property;
     * empty when an implementation answers or no such file sets it.
     *
     * @return the reason no configuration can be read and the files, as {@code MicroProfileConfigPresence} describes
     *     them
     */
    public static Optional<String> unreadKeyFiles(String keyName) {
        Optional<String> reason = MicroProfileConfigPresence.unavailable();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (reason.isEmpty() || loader == null) {
            return Optional.empty();
        }
        List<String> properties =
                keyName.isEmpty() ? List.of(DEFAULT_KEYS, DEFAULT_KEY) : List.of(propertyFor(keyName));
        Map<URL, List<String>> files = new LinkedHashMap<>();
        MicroProfileConfigPresence.alchemyKeys(loader).forEach((file, keys) -> {
            List<String> set = keys.stream().filter(properties::contains).toList();
            if (!set.isEmpty()) {
                files.put(file, set);
            }
        });
        return files.isEmpty()
                ? Optional.empty()
                : Optional.of(MicroProfileConfigPresence.describe(
                        reason.get(), MicroProfileConfigPresence.describeFiles(files)));
    }

    private static Optional<List<String>> lookup(String property) {
        if (MicroProfile.AVAILABLE) {
            List<String> fromMp = MicroProfile.values(property);
            if (fromMp != null) {
                return fromMp.isEmpty() ? Optional.empty() : Optional.of(fromMp);
            }
        }
        String raw = System.getProperty(property);
        if (raw == null) {
            raw = System.getenv(property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return raw == null ? Optional.empty() : Optional.of(splitList(raw));
    }

    /** Splits a MicroProfile Config list: commas separate, {@code \,} is a literal comma, blank items are dropped. */
    static List<String> splitList(String raw) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == ',') {
                current.append(',');
                i++;
            } else if (c == ',') {
                addItem(items, current);
            } else {
                current.append(c);
            }
        }
        addItem(items, current);
        return List.copyOf(items);
    }

    private static void addItem(List<String> items, StringBuilder current) {
        String item = current.toString().trim();
        if (!item.isEmpty()) {
            items.add(item);
        }
        current.setLength(0);
    }

    /** Holds the MicroProfile Config calls so that this class loads without the API on the class path. */
    private static final class MicroProfile {
        static final boolean AVAILABLE = isPresent();

        private static boolean isPresent() {
            try {
                Class.forName(
                        "org.eclipse.microprofile.config.ConfigProvider",
                        false,
                        EncryptionKeyConfig.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        /** The values (empty if unset), or {@code null} when the API is present but no implementation is. */
        static @Nullable List<String> values(String property) {
            try {
                return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValues(property, String.class)
                        .map(values -> values.stream()
                                .map(String::trim) // as the fallback: surrounding blanks are never part of a key
                                .filter(v -> !v.isEmpty())
                                .toList())
                        .orElse(List.of());
            } catch (IllegalStateException | java.util.ServiceConfigurationError | LinkageError e) {
                return null;
            }
        }
    }
}
