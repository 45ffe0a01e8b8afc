package dev.advancedalchemy.testing.cdi;

import dev.advancedalchemy.testing.TestDatabase;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container with the extension, over exactly the given classes, configured through SmallRye Config with
 * the unit {@code txunit} (META-INF/persistence.xml of the test resources) pointed at a matrix database.
 */
public record SeContainer(WeldContainer weld, SmallRyeConfig config) implements AutoCloseable {
    public static final String UNIT = "txunit";

    /** The MicroProfile Config properties that point {@link #UNIT} at {@code db}. */
    public static Map<String, String> unitOn(TestDatabase db) {
        Map<String, String> config = new HashMap<>();
        String prefix = "alchemy.units." + UNIT + ".";
        config.put(prefix + "url", db.jdbcUrl());
        config.put(prefix + "user", db.user());
        config.put(prefix + "password", db.password());
        config.put(prefix + "properties.jakarta.persistence.jdbc.driver", db.driverClassName());
        return config;
    }

    /** Starts the container; on failure nothing stays registered. */
    public static SeContainer start(Map<String, String> properties, Class<?>... beanClasses) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ConfigProviderResolver.instance().registerConfig(config, loader);
        try {
            return new SeContainer(
                    new Weld().disableDiscovery().addBeanClasses(beanClasses).initialize(), config);
        } catch (RuntimeException | Error e) {
            ConfigProviderResolver.instance().releaseConfig(config);
            throw e;
        }
    }

    public <T> T select(Class<T> type) {
        return weld.select(type).get();
    }

    @Override
    public void close() {
        try {
            weld.close();
        } finally {
            ConfigProviderResolver.instance().releaseConfig(config);
        }
    }
}
