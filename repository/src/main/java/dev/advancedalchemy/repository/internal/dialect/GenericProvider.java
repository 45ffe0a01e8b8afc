package dev.advancedalchemy.repository.internal.dialect;

import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The portable fallback: the JDBC URL from the factory's properties, else the connection's product name. */
final class GenericProvider implements JpaProvider {
    private static final List<String> URL_KEYS =
            List.of("jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url", "hibernate.connection.url", "url");

    @Override
    public String name() {
        return "JPA";
    }

    @Override
    public boolean supports(EntityManager em) {
        return true;
    }

    @Override
    public Optional<Database> database(EntityManager em) {
        Optional<Database> fromUrl = fromProperties(em.getEntityManagerFactory().getProperties());
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        fromUrl = fromProperties(em.getProperties());
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        return fromConnection(em);
    }

    private static Optional<Database> fromProperties(Map<String, Object> properties) {
        for (String key : URL_KEYS) {
            Object url = properties.get(key);
            if (url instanceof String s && !s.isBlank()) {
                Database db = Database.fromJdbcUrl(s);
                if (db != Database.OTHER) {
                    return Optional.of(db);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Database> fromConnection(EntityManager em) {
        // Not every provider can unwrap a Connection (some only inside a transaction): failure means "unknown".
        try {
            Connection connection = em.unwrap(Connection.class);
            if (connection == null) {
                return Optional.empty();
            }
            return Optional.of(Database.fromProductName(connection.getMetaData().getDatabaseProductName()));
        } catch (RuntimeException | SQLException e) {
            return Optional.empty();
        }
    }
}
