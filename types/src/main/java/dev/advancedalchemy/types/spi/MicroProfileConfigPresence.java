package dev.advancedalchemy.types.spi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Tells whether a MicroProfile Config implementation answers, and which {@code alchemy.*} keys the application wrote
 * in {@code META-INF/microprofile-config.properties} files that only such an implementation reads. Without an
 * implementation those keys are silently ignored; callers use this to say so (message id {@value #ID}) instead of
 * reporting the setting as missing.
 *
 * <pre>{@code
 * Optional<String> reason = MicroProfileConfigPresence.unavailable();
 * Map<URL, List<String>> ignored = MicroProfileConfigPresence.alchemyKeys(loader);
 * if (reason.isPresent() && !ignored.isEmpty()) {
 *     throw new AdvancedAlchemyException(MicroProfileConfigPresence.ID,
 *             MicroProfileConfigPresence.describe(reason.get(), "…"), null);
 * }
 * }</pre>
 */
public final class MicroProfileConfigPresence {
    /** Message id: configuration is needed but no MicroProfile Config implementation is on the class path. */
    public static final String ID = "ALCH-1302";

    /** The implementation to add (it brings the MicroProfile Config API). */
    public static final String ARTIFACT = "io.smallrye.config:smallrye-config";

    /** The file MicroProfile Config implementations read from every class path root. */
    public static final String FILE = "META-INF/microprofile-config.properties";

    private static final String PREFIX = "alchemy.";

    private MicroProfileConfigPresence() {}

    /**
     * Why no MicroProfile Config can be obtained, or empty when {@code ConfigProvider.getConfig()} answers.
     *
     * @return for example {@code "ConfigProvider.getConfig() failed: No ConfigProviderResolver implementation found!"}
     */
    public static Optional<String> unavailable() {
        try {
            Class.forName(
                    "org.eclipse.microprofile.config.ConfigProvider",
                    false,
                    MicroProfileConfigPresence.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of(
                    "the MicroProfile Config API (org.eclipse.microprofile.config) is not on the class path");
        }
        return Api.failure();
    }

    /**
     * The {@code alchemy.*} key names (never their values) of every {@value #FILE} that {@code loader} sees, by file.
     *
     * @return file URL to its sorted {@code alchemy.*} keys; only files holding at least one
     */
    public static Map<URL, List<String>> alchemyKeys(ClassLoader loader) {
        Map<URL, List<String>> result = new LinkedHashMap<>();
        Enumeration<URL> files;
        try {
            files = loader.getResources(FILE);
        } catch (IOException e) {
            return result;
        }
        while (files.hasMoreElements()) {
            URL file = files.nextElement();
            Properties properties = new Properties();
            try (InputStream in = file.openStream()) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                continue; // unreadable: nothing we can name
            }
            List<String> keys = new ArrayList<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(PREFIX)) {
                    keys.add(key);
                }
            }
            if (!keys.isEmpty()) {
                keys.sort(null);
                result.put(file, List.copyOf(keys));
            }
        }
        return result;
    }

    /**
     * The detail of a {@value #ID} error.
     *
     * @param reason what {@link #unavailable()} said
     * @param needs what needed the configuration, for example {@code "…properties sets alchemy.encryption.key"}
     */
    public static String describe(String reason, String needs) {
        return "no MicroProfile Config implementation is on the class path (" + reason + "), so Advanced Alchemy"
                + " cannot read its alchemy.* settings, yet " + needs + "; fix: add " + ARTIFACT
                + " (or another MicroProfile Config implementation) to the class path";
    }

    /** Where {@value #FILE} files set {@code alchemy.*} keys, as text: {@code "<url> sets a, b; <url> sets c"}. */
    public static String describeFiles(Map<URL, List<String>> keys) {
        List<String> parts = new ArrayList<>();
        keys.forEach((file, names) -> parts.add(file + " sets " + String.join(", ", names)));
        return String.join("; ", parts);
    }

    /** Holds the MicroProfile Config calls, so that this class loads without the API. */
    private static final class Api {
        static Optional<String> failure() {
            try {
                org.eclipse.microprofile.config.ConfigProvider.getConfig();
                return Optional.empty();
            } catch (RuntimeException | java.util.ServiceConfigurationError | LinkageError e) {
                return Optional.of("ConfigProvider.getConfig() failed: " + e.getMessage());
            }
        }
    }
}
