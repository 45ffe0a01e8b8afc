package dev.advancedalchemy.naming;

import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The table name an entity class gets: its {@code @Table(name = …)} when present, otherwise the simple class name in
 * snake_case by exactly the rule of Python's Advanced Alchemy ({@code advanced_alchemy.base.table_name_regexp}).
 *
 * <pre>{@code
 * TableNames.snakeCase("HTTPRequestLog"); // "http_request_log"
 * TableNames.snakeCase("UserV2Token");    // "user_v2_token"
 * TableNames.of(Author.class);            // "author" (no pluralising)
 * }</pre>
 *
 * <p>An underscore goes before an upper-case letter that follows a lower-case letter or a digit, and before an
 * upper-case letter (not the first) that is followed by a lower-case letter; then the whole name is lower-cased.
 * {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} (EclipseLink) and
 * {@link dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy} (Hibernate) both use this function, so
 * both providers create the same tables.
 */
public final class TableNames {
    // Same pattern as Python's table_name_regexp; Java's look-behind/look-ahead behave identically here.
    private static final Pattern BOUNDARY = Pattern.compile("((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))");

    private TableNames() {}

    /**
     * The table name of an entity class.
     *
     * @param entityClass the entity class
     * @return the {@code @Table} name when the class declares a non-empty one, else {@link #snakeCase(String)} of
     *     its simple name
     */
    public static String of(Class<?> entityClass) {
        Table table = entityClass.getAnnotation(Table.class);
        if (table != null && !table.name().isEmpty()) {
            return table.name();
        }
        return snakeCase(entityClass.getSimpleName());
    }

    /**
     * Converts a CamelCase name to snake_case the way Python's Advanced Alchemy derives {@code __tablename__}.
     *
     * @param name a class name, for example {@code "HTTPRequestLog"}
     * @return the snake_case name, for example {@code "http_request_log"}
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public static String snakeCase(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("cannot derive a table name from an empty class name");
        }
        return BOUNDARY.matcher(name).replaceAll("_$1").toLowerCase(Locale.ROOT);
    }
}
