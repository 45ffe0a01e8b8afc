package dev.advancedalchemy.repository.internal.dialect;

import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Picks the {@link JpaProvider} for an entity manager and detects its {@link Database}. */
public final class JpaProviders {
    private static final List<JpaProvider> SPECIFIC = List.of(new EclipseLinkProvider(), new HibernateProvider());
    private static final JpaProvider GENERIC = new GenericProvider();

    private JpaProviders() {}

    /** The provider adapter for this entity manager; the generic JPA one when no specific one applies. */
    public static JpaProvider detect(EntityManager em) {
        for (JpaProvider p : SPECIFIC) {
            if (p.supports(em)) {
                return p;
            }
        }
        return GENERIC;
    }

    /**
     * The database behind the entity manager: asked of the specific provider first, then of the JDBC URL in the
     * factory's properties, then of the connection's metadata.
     *
     * @return the database, {@link Database#OTHER} when nothing could tell
     */
    public static Database database(EntityManager em) {
        return detect(em).database(em).or(() -> GENERIC.database(em)).orElse(Database.OTHER);
    }
}
