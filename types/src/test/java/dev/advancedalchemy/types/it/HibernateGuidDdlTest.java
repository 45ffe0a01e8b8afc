package dev.advancedalchemy.types.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.junit.jupiter.api.Test;

/**
 * The column Hibernate 7 declares for a {@code GuidConverter} attribute on databases we have no server for (Oracle,
 * SQL Server) and on those we test against, from Hibernate's boot model with no connection.
 */
class HibernateGuidDdlTest {

    @Test
    void guidColumnsFollowThePythonTypes() {
        assertThat(guidColumnType(OracleDialect.class)).isEqualTo("raw(16)");
        assertThat(guidColumnType(SQLServerDialect.class)).isEqualTo("uniqueidentifier");
        assertThat(guidColumnType(PostgreSQLDialect.class)).isEqualTo("uuid");
        assertThat(guidColumnType(MariaDBDialect.class)).isEqualTo("binary(16)");
    }

    private static String guidColumnType(Class<? extends Dialect> dialect) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", dialect.getName())
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .build();
        try {
            Metadata metadata = new MetadataSources(registry)
                    .addAnnotatedClass(GuidRow.class)
                    .buildMetadata();
            return metadata.getEntityBinding(GuidRow.class.getName())
                    .getProperty("ref")
                    .getColumns()
                    .get(0)
                    .getSqlType(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
