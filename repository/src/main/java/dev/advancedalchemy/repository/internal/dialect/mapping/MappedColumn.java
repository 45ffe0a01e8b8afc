package dev.advancedalchemy.repository.internal.dialect.mapping;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column an entity writes on insert.
 *
 * @param sqlName the name as written in SQL (delimited when the mapping asked for it)
 * @param plainName the name without delimiters, for comparisons and JDBC metadata look-ups
 * @param attribute the entity attribute mapped to this column, or {@code null} (foreign keys, discriminators)
 * @param kind primary key, version or regular column
 * @param updatable whether an update may overwrite it ({@code @Column(updatable = false)} says no)
 */
public record MappedColumn(
        String sqlName, String plainName, @Nullable String attribute, Kind kind, boolean updatable) {

    /** The value the providers write into a new row's numeric version column (EclipseLink starts at 1). */
    public static final Long INITIAL_VERSION = 1L;

    /** What role the column plays. */
    public enum Kind {
        ID,
        VERSION,
        REGULAR
    }

    public MappedColumn {
        Objects.requireNonNull(sqlName, "sqlName");
        Objects.requireNonNull(plainName, "plainName");
        Objects.requireNonNull(kind, "kind");
    }
}
