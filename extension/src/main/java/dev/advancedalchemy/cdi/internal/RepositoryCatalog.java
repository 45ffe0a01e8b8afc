package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.cdi.AlchemyRepository;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the extension found at deployment, handed to the runtime: every repository interface with its unit, and
 * whether the extension manages transactions (no JTA).
 *
 * @param entries the repositories
 * @param localTransactions true when the extension's own {@code @Transactional} interceptor is active
 * @param applicationUnits the units for which the application has an {@code EntityManager} bean
 */
public record RepositoryCatalog(List<Entry> entries, boolean localTransactions, Set<String> applicationUnits) {
    static final String TYPES = "types";
    static final String UNITS = "units";
    static final String LOCAL = "local";
    static final String APPLICATION_UNITS = "applicationUnits";

    public RepositoryCatalog {
        entries = List.copyOf(entries);
        applicationUnits = Set.copyOf(applicationUnits);
    }

    /**
     * One repository.
     *
     * @param type the interface
     * @param unit its persistence unit as declared ({@code ""} = default)
     */
    public record Entry(Class<?> type, String unit) {}

    /** Unit of {@code type} as declared on its {@code @AlchemyRepository}. */
    static String unitOf(Class<?> type) {
        AlchemyRepository annotation = type.getAnnotation(AlchemyRepository.class);
        return annotation == null ? "" : annotation.unit();
    }

    /** Builds the catalog from the extension's parameters. */
    public static final class Creator implements SyntheticBeanCreator<RepositoryCatalog> {
        @Override
        public RepositoryCatalog create(Instance<Object> lookup, Parameters params) {
            Class<?>[] types = params.get(TYPES, Class[].class);
            String[] units = params.get(UNITS, String[].class);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                entries.add(new Entry(types[i], units[i]));
            }
            return new RepositoryCatalog(
                    entries, params.get(LOCAL, Boolean.class), Set.of(params.get(APPLICATION_UNITS, String[].class)));
        }
    }
}
