package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.base.AuditorProvider;
import dev.advancedalchemy.base.spi.AuditorProviderLocator;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/** Supplies the resolvable {@link AuditorProvider} bean of the running CDI container to the audit columns. */
public final class CdiAuditorProviderLocator implements AuditorProviderLocator {
    /** For {@link java.util.ServiceLoader}. */
    public CdiAuditorProviderLocator() {}

    @Override
    public Optional<AuditorProvider> find() {
        Instance<AuditorProvider> candidates = CDI.current().select(AuditorProvider.class);
        return candidates.isResolvable() ? Optional.of(candidates.get()) : Optional.empty();
    }
}
