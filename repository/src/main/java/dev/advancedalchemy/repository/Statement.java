package dev.advancedalchemy.repository;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JPQL or native SQL statement with named parameters, for {@link QueryRepository}. Immutable: {@code bind},
 * {@code page} and {@code withCountQuery} return new values.
 *
 * <pre>{@code
 * Statement s = Statement.jpql("select b from Book b where b.author.name = :name order by b.title")
 *         .bind("name", "Le Guin")
 *         .page(20, 0);
 * Statement n = Statement.sql("select count(*) from book where published < :year").bind("year", 1980);
 * }</pre>
 *
 * <p>Rules: parameters are always named ({@code :name}), in native SQL too (they are rewritten to JDBC
 * placeholders; {@code ::} casts and quoted text are left alone). Values are bound, never spliced into the text.
 *
 * @param language JPQL or native SQL
 * @param text the statement
 * @param parameters name → value ({@code null} values allowed)
 * @param limit page size, when paged
 * @param offset rows to skip, when paged
 * @param countText an explicit count query for {@code count}/{@code listAndCount}, when the derived one does not
 *     fit
 */
public record Statement(
        Language language,
        String text,
        Map<String, @Nullable Object> parameters,
        @Nullable Integer limit,
        @Nullable Integer offset,
        @Nullable String countText) {

    /** The query language of a statement. */
    public enum Language {
        JPQL,
        SQL
    }

    /**
     * @throws IllegalArgumentException if the text is blank, or the page is negative
     */
    public Statement {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("statement text must not be blank");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (limit != null && limit < 0 || offset != null && offset < 0) {
            throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + ", " + offset);
        }
    }

    /** A JPQL statement. */
    public static Statement jpql(String jpql) {
        return new Statement(Language.JPQL, jpql, Map.of(), null, null, null);
    }

    /** A native SQL statement. */
    public static Statement sql(String sql) {
        return new Statement(Language.SQL, sql, Map.of(), null, null, null);
    }

    /**
     * Binds a named parameter.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Statement bind(String name, @Nullable Object value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        Map<String, @Nullable Object> copy = new LinkedHashMap<>(parameters);
        copy.put(name.startsWith(":") ? name.substring(1) : name, value);
        return new Statement(language, text, copy, limit, offset, countText);
    }

    /** Returns one page of the results: at most {@code limit} rows after skipping {@code offset}. */
    public Statement page(int limit, int offset) {
        return new Statement(language, text, parameters, limit, offset, countText);
    }

    /** Uses this count query (same language, same parameters) for {@code count} and {@code listAndCount}. */
    public Statement withCountQuery(String countQuery) {
        return new Statement(language, text, parameters, limit, offset, Objects.requireNonNull(countQuery));
    }

    /** The explicit count query, if any. */
    public Optional<String> countQuery() {
        return Optional.ofNullable(countText);
    }
}
