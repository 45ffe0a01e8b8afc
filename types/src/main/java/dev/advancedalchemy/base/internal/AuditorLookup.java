package dev.advancedalchemy.base.internal;

import dev.advancedalchemy.base.AuditorProvider;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** Finds the {@link AuditorProvider}: a CDI bean when a container runs, else the first {@link ServiceLoader} one. */
final class AuditorLookup {
    private static final boolean CDI_ON_CLASSPATH = isPresent("jakarta.enterprise.inject.spi.CDI");

    // CDI.current() re-scans the class path each time no container is found, so remember a failed lookup.
    private volatile boolean noCdiContainer = !CDI_ON_CLASSPATH;
    private boolean serviceLoaded;
    private @Nullable AuditorProvider serviceProvider;

    Optional<String> currentAuditor() {
        if (!noCdiContainer) {
            Optional<AuditorProvider> bean;
            try {
                bean = CdiAuditor.find();
            } catch (IllegalStateException noContainer) {
                noCdiContainer = true;
                bean = Optional.empty();
            }
            if (bean.isPresent()) {
                return bean.get().currentAuditor();
            }
        }
        AuditorProvider provider = serviceLoaderProvider();
        return provider == null ? Optional.empty() : provider.currentAuditor();
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

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, AuditorLookup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
