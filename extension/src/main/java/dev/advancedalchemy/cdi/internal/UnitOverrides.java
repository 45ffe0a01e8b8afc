package dev.advancedalchemy.cdi.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads MicroProfile Config overrides of a persistence unit: {@code alchemy.units.<unit>.url}, {@code .user},
 * {@code .password} and {@code .properties.<jpa-property>}. Empty when no MicroProfile Config implementation is
 * present. Values are never logged (they include passwords).
 */
final class UnitOverrides {
    private UnitOverrides() {}

    static Map<String, String> of(String unit) {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (LinkageError | RuntimeException | java.util.ServiceConfigurationError e) {
            return Map.of();
        }
        String prefix = "alchemy.units." + unit + ".";
        Map<String, String> result = new LinkedHashMap<>();
        copy(config, prefix + "url", "jakarta.persistence.jdbc.url", result);
        copy(config, prefix + "user", "jakarta.persistence.jdbc.user", result);
        copy(config, prefix + "password", "jakarta.persistence.jdbc.password", result);
        String properties = prefix + "properties.";
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(properties) && name.length() > properties.length()) {
                copy(config, name, name.substring(properties.length()), result);
            }
        }
        return result;
    }

    private static void copy(Config config, String key, String property, Map<String, String> into) {
        Optional<String> value = config.getOptionalValue(key, String.class);
        value.ifPresent(v -> into.put(property, v));
    }
}
