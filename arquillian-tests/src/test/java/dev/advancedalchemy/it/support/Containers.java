package dev.advancedalchemy.it.support;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Starts a Weld SE container over exactly the given classes (no class-path scanning, so each scenario sees only
 * its own beans and repositories), with the given MicroProfile Config properties.
 */
public final class Containers {
    private Containers() {}

    /** A running container and its configuration; closing stops both. */
    public record Running(WeldContainer container, SmallRyeConfig config) implements AutoCloseable {
        public <T> T select(Class<T> type, java.lang.annotation.Annotation... qualifiers) {
            return container.select(type, qualifiers).get();
        }

        @Override
        public void close() {
            try {
                container.close();
            } finally {
                ConfigProviderResolver.instance().releaseConfig(config);
            }
        }
    }

    public static Running start(Map<String, String> config, Class<?>... classes) {
        SmallRyeConfig smallRye = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(config, "test", 500))
                .build();
        ConfigProviderResolver.instance()
                .registerConfig(smallRye, Thread.currentThread().getContextClassLoader());
        try {
            Weld weld = new Weld().disableDiscovery().addBeanClasses(classes);
            return new Running(weld.initialize(), smallRye);
        } catch (RuntimeException | Error e) {
            ConfigProviderResolver.instance().releaseConfig(smallRye);
            throw e;
        }
    }
}
