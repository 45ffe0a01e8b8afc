package dev.advancedalchemy.naming.hibernate;

import dev.advancedalchemy.naming.TableNames;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate naming strategy that writes table names in snake_case by the rule of {@link TableNames}
 * ({@code HTTPRequestLog} → {@code http_request_log}) and names the sequence of a
 * {@link dev.advancedalchemy.base.BigIntBase} entity {@code <table>_id_seq}.
 *
 * <pre>{@code
 * <property name="hibernate.physical_naming_strategy"
 *           value="dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy"/>
 * # Quarkus: quarkus.hibernate-orm.physical-naming-strategy=dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy
 * }</pre>
 *
 * <p>Rules: columns, schemas and catalogs keep their names. A table name that is already lower case (every
 * snake_case {@code @Table(name = …)}) is kept as written; Hibernate does not tell a physical strategy whether a
 * name was explicit, so an explicit name with upper-case letters ({@code @Table(name = "UserLog")}) is
 * snake-cased too. A join table's default name {@code Author_Book} becomes {@code author_book}. The implicit per-entity sequence {@code <Entity>_SEQ} that Hibernate derives for
 * {@code @GeneratedValue(strategy = SEQUENCE)} becomes {@code <table>_id_seq}; other sequence names are kept.
 */
public class SnakeCasePhysicalNamingStrategy implements PhysicalNamingStrategy {
    // Suffix of Hibernate's implicit per-entity sequence names ("standard" db_structure_naming_strategy).
    private static final String HIBERNATE_SEQUENCE_SUFFIX = "_SEQ";

    /** For Hibernate, which instantiates the class named in its configuration. */
    public SnakeCasePhysicalNamingStrategy() {}

    @Override
    public @Nullable Identifier toPhysicalCatalogName(@Nullable Identifier logicalName, JdbcEnvironment environment) {
        return logicalName;
    }

    @Override
    public @Nullable Identifier toPhysicalSchemaName(@Nullable Identifier logicalName, JdbcEnvironment environment) {
        return logicalName;
    }

    @Override
    public @Nullable Identifier toPhysicalTableName(@Nullable Identifier logicalName, JdbcEnvironment environment) {
        if (logicalName == null) {
            return null;
        }
        return Identifier.toIdentifier(snakeCaseParts(logicalName.getText()), logicalName.isQuoted());
    }

    // Join tables arrive as "Author_Book"; converting each part keeps one underscore between them.
    private static String snakeCaseParts(String name) {
        String[] parts = name.split("_", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].isEmpty() ? parts[i] : TableNames.snakeCase(parts[i]);
        }
        return String.join("_", parts);
    }

    @Override
    public @Nullable Identifier toPhysicalSequenceName(@Nullable Identifier logicalName, JdbcEnvironment environment) {
        if (logicalName == null) {
            return null;
        }
        String text = logicalName.getText();
        if (text.length() <= HIBERNATE_SEQUENCE_SUFFIX.length() || !text.endsWith(HIBERNATE_SEQUENCE_SUFFIX)) {
            return logicalName;
        }
        String entity = text.substring(0, text.length() - HIBERNATE_SEQUENCE_SUFFIX.length());
        return Identifier.toIdentifier(snakeCaseParts(entity) + "_id_seq", logicalName.isQuoted());
    }

    @Override
    public @Nullable Identifier toPhysicalColumnName(@Nullable Identifier logicalName, JdbcEnvironment environment) {
        return logicalName;
    }
}
