package dev.advancedalchemy.base.spi;

import dev.advancedalchemy.base.AuditorProvider;
import java.util.Optional;

/**
 * Finds the application's {@link AuditorProvider} in a running container, so that alchemy-types needs no container
 * API: alchemy-extension registers the CDI implementation in
 * {@code META-INF/services/dev.advancedalchemy.base.spi.AuditorProviderLocator}.
 *
 * <pre>{@code
 * public final class CdiAuditorProviderLocator implements AuditorProviderLocator {
 *     public Optional<AuditorProvider> find() {
 *         Instance<AuditorProvider> beans = CDI.current().select(AuditorProvider.class); // ISE: no container
 *         return beans.isResolvable() ? Optional.of(beans.get()) : Optional.empty();
 *     }
 * }
 * }</pre>
 *
 * <p>Rules: locators are loaded once per persistence unit listener with {@link java.util.ServiceLoader} and asked, in
 * class-path order, on every insert or update of an audited entity; the first provider found wins, else the first
 * {@code META-INF/services/dev.advancedalchemy.base.AuditorProvider} is asked. A locator that throws
 * {@link IllegalStateException} (no container is running) is not asked again by that listener.
 */
public interface AuditorProviderLocator {
    /**
     * The provider of the running container.
     *
     * @return the provider, or empty when the container has none (or more than one)
     * @throws IllegalStateException if no container is running
     */
    Optional<AuditorProvider> find();
}
