package dev.advancedalchemy.types.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseDetectionTest {

    @ParameterizedTest
    @CsvSource({
        // EclipseLink platforms
        "org.eclipse.persistence.platform.database.PostgreSQLPlatform, POSTGRESQL",
        "org.eclipse.persistence.platform.database.PostgreSQL10Platform, POSTGRESQL",
        "org.eclipse.persistence.platform.database.MySQLPlatform, MYSQL",
        "org.eclipse.persistence.platform.database.MariaDBPlatform, MARIADB",
        "org.eclipse.persistence.platform.database.H2Platform, H2",
        "org.eclipse.persistence.platform.database.OraclePlatform, ORACLE",
        "org.eclipse.persistence.platform.database.Oracle23Platform, ORACLE",
        "org.eclipse.persistence.platform.database.SQLServerPlatform, SQLSERVER",
        "org.eclipse.persistence.platform.database.DB2Platform, OTHER",
        "org.eclipse.persistence.platform.database.HSQLPlatform, OTHER",
        "org.eclipse.persistence.platform.database.DatabasePlatform, OTHER",
        // Hibernate dialects
        "org.hibernate.dialect.MariaDBDialect, MARIADB",
        "org.hibernate.dialect.MySQLDialect, MYSQL",
        "org.hibernate.dialect.H2Dialect, H2",
        "org.hibernate.dialect.PostgreSQLDialect, POSTGRESQL",
        "org.hibernate.dialect.OracleDialect, ORACLE",
        "org.hibernate.dialect.SQLServerDialect, SQLSERVER",
        "org.hibernate.community.dialect.DerbyDialect, OTHER",
        // simple and nested names
        "H2Platform, H2",
        "com.example.Platforms$MariaDBPlatform, MARIADB",
        // package names never decide
        "com.example.h2.CustomPostgreSQLPlatform, POSTGRESQL",
        "org.example.h2tools.DerbyPlatform, OTHER",
        "org.example.mysql.platform.OracleDialect, ORACLE",
        "org.example.platform.h2.SybasePlatform, OTHER",
    })
    void detectsProviderPlatformAndDialectClasses(String className, Database expected) {
        assertThat(Database.fromClassName(className)).isEqualTo(expected);
    }

    // an application's own platform or a community dialect is detected as the core class it extends
    static class AuditedPlatform extends org.eclipse.persistence.platform.database.PostgreSQLPlatform {}

    static class H2CompatibleDialect extends org.hibernate.dialect.MariaDBDialect {}

    @Test
    void detectsSubclassesOfKnownPlatformsAndDialects() {
        assertThat(Database.fromClass(org.eclipse.persistence.platform.database.MySQLPlatform.class))
                .isEqualTo(Database.MYSQL);
        assertThat(Database.fromClass(org.eclipse.persistence.platform.database.MariaDBPlatform.class))
                .isEqualTo(Database.MARIADB);
        assertThat(Database.fromClass(AuditedPlatform.class)).isEqualTo(Database.POSTGRESQL);
        assertThat(Database.fromClass(org.hibernate.dialect.H2Dialect.class)).isEqualTo(Database.H2);
        // the name of the class itself wins over its parents
        assertThat(Database.fromClass(H2CompatibleDialect.class)).isEqualTo(Database.H2);
        assertThat(Database.fromClass(org.eclipse.persistence.platform.database.DatabasePlatform.class))
                .isEqualTo(Database.OTHER);
        assertThat(Database.fromClass(String.class)).isEqualTo(Database.OTHER);
    }

    @ParameterizedTest
    @CsvSource({
        "PostgreSQL, POSTGRESQL",
        "MariaDB, MARIADB",
        "MySQL, MYSQL",
        "H2, H2",
        "Microsoft SQL Server, SQLSERVER",
        "Oracle, ORACLE",
        "Apache Derby, OTHER",
        "HSQL Database Engine, OTHER",
    })
    void detectsJdbcProductNames(String productName, Database expected) {
        assertThat(Database.fromProductName(productName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:h2:mem:x, H2",
        "jdbc:h2:file:/tmp/postgres-data, H2",
        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres, POSTGRESQL",
        "jdbc:mariadb://127.0.0.1:3306/test?user=root, MARIADB",
        "jdbc:mysql://127.0.0.1:3306/test, MYSQL",
        "jdbc:sqlserver://localhost:1433;databaseName=test, SQLSERVER",
        "jdbc:oracle:thin:@//localhost:1521/FREEPDB1, ORACLE",
        "JDBC:PostgreSQL://host/db, POSTGRESQL",
        "jdbc:derby:memory:x;create=true, OTHER",
        "jdbc:hsqldb:mem:h2, OTHER",
        "postgresql://host/db, OTHER",
    })
    void detectsJdbcUrls(String url, Database expected) {
        assertThat(Database.fromJdbcUrl(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "H2, false, false",
        "POSTGRESQL, false, false",
        "MARIADB, true, true",
        "MYSQL, true, true",
        "ORACLE, false, false",
        "SQLSERVER, false, true",
        "OTHER, false, false",
    })
    void mariaDbFamilyAndCaseInsensitivity(Database db, boolean mariaDbFamily, boolean caseInsensitive) {
        assertThat(db.isMariaDbFamily()).isEqualTo(mariaDbFamily);
        assertThat(db.caseInsensitiveByDefault()).isEqualTo(caseInsensitive);
    }
}
