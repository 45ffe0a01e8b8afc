package dev.advancedalchemy.base.internal.hibernate;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.UuidAsBinaryJdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * Stores {@code UUID} as big-endian {@code BINARY(16)} on MariaDB and MySQL, as the Python library's GUID type
 * does, instead of MariaDB's native {@code uuid} that Hibernate picks for MariaDB 10.7+. Registered through
 * {@code META-INF/services/org.hibernate.boot.model.TypeContributor}.
 */
public class UuidColumnTypeContributor implements TypeContributor {
    /** For Hibernate's service loading. */
    public UuidColumnTypeContributor() {}

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        Dialect dialect = serviceRegistry.requireService(JdbcServices.class).getDialect();
        if (dialect instanceof MySQLDialect) { // MariaDBDialect extends MySQLDialect
            TypeConfiguration types = typeContributions.getTypeConfiguration();
            types.getDdlTypeRegistry().addDescriptor(new DdlTypeImpl(SqlTypes.UUID, "binary(16)", dialect));
            types.getJdbcTypeRegistry().addDescriptor(SqlTypes.UUID, UuidAsBinaryJdbcType.INSTANCE);
        }
    }
}
