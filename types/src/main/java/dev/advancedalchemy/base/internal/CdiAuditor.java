package dev.advancedalchemy.base.internal;

import dev.advancedalchemy.base.AuditorProvider;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/** The CDI half of {@link AuditorLookup}; only loaded when the CDI API is on the class path. */
final class CdiAuditor {
    private CdiAuditor() {}

    /**
     * The resolvable {@link AuditorProvider} bean, if any.
     *
     * @throws IllegalStateException if no CDI container is running
     */
    static Optional<AuditorProvider> find() {
        Instance<AuditorProvider> candidates = CDI.current().select(AuditorProvider.class);
        return candidates.isResolvable() ? Optional.of(candidates.get()) : Optional.empty();
    }
}
