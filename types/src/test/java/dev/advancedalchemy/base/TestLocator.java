package dev.advancedalchemy.base;

import dev.advancedalchemy.base.spi.AuditorProviderLocator;
import java.util.Optional;

/** The AuditorProviderLocator the tests register through META-INF/services: a "container" set per thread. */
public class TestLocator implements AuditorProviderLocator {
    static final ThreadLocal<AuditorProvider> CONTAINER = new ThreadLocal<>();

    @Override
    public Optional<AuditorProvider> find() {
        return Optional.ofNullable(CONTAINER.get());
    }

    /** Registered first: behaves like the CDI locator without a running container. */
    public static class NoContainer implements AuditorProviderLocator {
        @Override
        public Optional<AuditorProvider> find() {
            throw new IllegalStateException("no container is running");
        }
    }
}
