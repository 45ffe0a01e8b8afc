package dev.advancedalchemy.types.spi.eclipselink;

import java.util.List;
import org.eclipse.persistence.sessions.Session;

/**
 * What another alchemy artifact adds to every EclipseLink unit configured with
 * {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource}: found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.advancedalchemy.types.spi.eclipselink.EclipseLinkContribution} file in that
 * artifact), so an application gets it by having the jar on the class path. alchemy-storage contributes its
 * {@code FileObject} converters and the file lifecycle's session listener.
 *
 * <p>Implementations need a public no-argument constructor and must not fail when loaded.
 */
public interface EclipseLinkContribution {
    /**
     * The JPA converter classes this artifact ships, registered with every unit so that
     * {@code @Convert(converter = X.class)} works without listing {@code X} in {@code persistence.xml}.
     */
    default List<String> converterClassNames() {
        return List.of();
    }

    /**
     * Customizes the unit's session; runs inside the unit's session customizer, after the alchemy column types and
     * naming were applied and before the application's own session customizer.
     *
     * @param session the unit's session, not yet logged in
     */
    default void customize(Session session) {}
}
