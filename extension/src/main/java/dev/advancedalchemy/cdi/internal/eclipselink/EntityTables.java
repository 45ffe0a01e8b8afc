package dev.advancedalchemy.cdi.internal.eclipselink;

import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.server.Server;

/**
 * The tables EclipseLink maps each entity of a unit to, as its descriptors name them after every customizer ran (so
 * with the library's snake_case names). Loaded only for an EclipseLink factory.
 */
public final class EntityTables {
    private EntityTables() {}

    /** Whether {@code emf} is EclipseLink's. */
    public static boolean supports(EntityManagerFactory emf) {
        return emf.getClass().getName().startsWith("org.eclipse.persistence.");
    }

    /**
     * Each table of the unit's entities (qualified {@code schema.table} where the mapping names a schema) with the
     * first entity stored in it.
     */
    public static Map<String, String> of(EntityManagerFactory emf) {
        Server session = JpaHelper.getServerSession(emf);
        Map<String, String> tables = new LinkedHashMap<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isDescriptorForInterface()) {
                continue; // embeddables and interfaces have no table of their own
            }
            String entity =
                    descriptor.getAlias() == null ? descriptor.getJavaClass().getSimpleName() : descriptor.getAlias();
            for (DatabaseTable table : Descriptors.tables(descriptor)) {
                tables.putIfAbsent(table.getQualifiedName(), entity);
            }
        }
        return tables;
    }
}
