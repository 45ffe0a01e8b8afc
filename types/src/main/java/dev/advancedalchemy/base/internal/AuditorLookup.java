package dev.advancedalchemy.base.internal;

import dev.advancedalchemy.base.AuditorProvider;
import dev.advancedalchemy.base.spi.AuditorProviderLocator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link AuditorProvider}: the one a container has (through the {@link AuditorProviderLocator}s, such as
 * alchemy-extension's CDI one), else the first {@link ServiceLoader} one.
 */
final class AuditorLookup {
    // Loaded on first use; a locator without a running container is dropped, because asking it again is costly
    // (CDI.current() re-scans the class path each time no container is found).
    private volatile @Nullable List<AuditorProviderLocator> locators;
    private boolean serviceLoaded;
    private @Nullable AuditorProvider serviceProvider;

    Optional<String> currentAuditor() {
        for (AuditorProviderLocator locator : locators()) {
            Optional<AuditorProvider> found;
            try {
                found = locator.find();
            } catch (IllegalStateException noContainer) {
                drop(locator);
                continue;
            }
            if (found.isPresent()) {
                return found.get().currentAuditor();
            }
        }
        AuditorProvider provider = serviceLoaderProvider();
        return provider == null ? Optional.empty() : provider.currentAuditor();
    }

    private List<AuditorProviderLocator> locators() {
        List<AuditorProviderLocator> result = locators;
        if (result == null) {
            synchronized (this) {
                result = locators;
                if (result == null) {
                    List<AuditorProviderLocator> loaded = new ArrayList<>();
                    ServiceLoader.load(AuditorProviderLocator.class, classLoader())
                            .forEach(loaded::add);
                    result = List.copyOf(loaded);
                    locators = result;
                }
            }
        }
        return result;
    }

    private synchronized void drop(AuditorProviderLocator locator) {
        List<AuditorProviderLocator> remaining = new ArrayList<>(locators());
        remaining.remove(locator);
        locators = List.copyOf(remaining);
    }

    private synchronized @Nullable AuditorProvider serviceLoaderProvider() {
        if (!serviceLoaded) {
            Iterator<AuditorProvider> it =
                    ServiceLoader.load(AuditorProvider.class, classLoader()).iterator();
            serviceProvider = it.hasNext() ? it.next() : null;
            serviceLoaded = true;
        }
        return serviceProvider;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : AuditorLookup.class.getClassLoader();
    }
}
