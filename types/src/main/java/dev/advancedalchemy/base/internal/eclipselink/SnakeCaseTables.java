package dev.advancedalchemy.base.internal.eclipselink;

import dev.advancedalchemy.base.BigIntBase;
import dev.advancedalchemy.naming.TableNames;
import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import jakarta.persistence.Table;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.Session;

/** Renames EclipseLink's default (entity-name) tables to snake_case and gives BigIntBase entities own sequences. */
public final class SnakeCaseTables {
    private SnakeCaseTables() {}

    /** Applies the naming to every entity descriptor of {@code session}; runs before the session logs in. */
    public static void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (type == null
                    || descriptor.isAggregateDescriptor()
                    || Descriptors.tables(descriptor).isEmpty()) {
                continue;
            }
            DatabaseTable table = Descriptors.tables(descriptor).get(0);
            if (hasDefaultTableName(type, descriptor, table)) {
                // Renaming the shared DatabaseTable object renames it for every mapping that refers to it.
                table.setName(TableNames.of(type));
            }
            if (BigIntBase.class.isAssignableFrom(type) && isRoot(descriptor)) {
                String sequence = table.getName() + "_id_seq";
                descriptor.setSequenceNumberName(sequence);
                session.getLogin().addSequence(new NativeSequence(sequence, BigIntBase.ALLOCATION_SIZE, false));
            }
        }
    }

    private static boolean hasDefaultTableName(Class<?> type, ClassDescriptor descriptor, DatabaseTable table) {
        Table annotation = type.getAnnotation(Table.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return false;
        }
        // Inherited (single-table) descriptors share the root's table; only the owner renames it.
        return table.getName().equalsIgnoreCase(descriptor.getAlias());
    }

    private static boolean isRoot(ClassDescriptor descriptor) {
        return !descriptor.hasInheritance() || descriptor.getInheritancePolicy().isRootParentDescriptor();
    }
}
