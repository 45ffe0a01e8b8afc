package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.types.spi.MicroProfileConfigPresence;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fails deployment ({@value MicroProfileConfigPresence#ID}) when the application needs MicroProfile Config but no
 * implementation is on the class path, which would otherwise make every {@code alchemy.*} setting silently absent
 * (the symptom then names the setting, for example "no encryption key configured", though it is written down).
 * Needed means: a {@code META-INF/microprofile-config.properties} holding {@code alchemy.*} keys, or a unit the
 * extension builds whose {@code persistence.xml} gives it no database, so that only {@code alchemy.units.<unit>.url}
 * could.
 */
final class ConfigRequirement {
    private static final List<String> CONNECTION_SYSTEM_PROPERTIES =
            List.of("jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url", "hibernate.connection.url");

    private ConfigRequirement() {}

    /**
     * Checks the configuration files {@code loader} sees.
     *
     * @throws AdvancedAlchemyException {@value MicroProfileConfigPresence#ID} naming each file and its keys
     */
    static void checkFiles(ClassLoader loader) {
        Optional<String> reason = MicroProfileConfigPresence.unavailable();
        if (reason.isEmpty()) {
            return;
        }
        Map<URL, List<String>> keys = MicroProfileConfigPresence.alchemyKeys(loader);
        if (!keys.isEmpty()) {
            throw new AdvancedAlchemyException(
                    MicroProfileConfigPresence.ID,
                    MicroProfileConfigPresence.describe(reason.get(), MicroProfileConfigPresence.describeFiles(keys)),
                    null);
        }
    }

    /**
     * Checks a unit the extension is about to build.
     *
     * @param name the unit's name in persistence.xml
     * @param declared its declaration, if found
     * @throws AdvancedAlchemyException {@value MicroProfileConfigPresence#ID} if only configuration could give the unit
     *     its database and there is none
     */
    static void checkUnit(String name, Optional<PersistenceXmlFile.Unit> declared) {
        if (declared.isEmpty() || declared.get().connection() || connectionInSystemProperties()) {
            return;
        }
        Optional<String> reason = MicroProfileConfigPresence.unavailable();
        if (reason.isPresent()) {
            throw new AdvancedAlchemyException(
                    MicroProfileConfigPresence.ID,
                    MicroProfileConfigPresence.describe(
                            reason.get(),
                            "persistence unit '" + name + "' has no JDBC URL or data source in persistence.xml and"
                                    + " takes them from alchemy.units." + name + ".url"),
                    null);
        }
    }

    private static boolean connectionInSystemProperties() {
        return CONNECTION_SYSTEM_PROPERTIES.stream().anyMatch(p -> System.getProperty(p) != null);
    }
}
