package dev.advancedalchemy.types.internal.columns;

import dev.advancedalchemy.types.spi.Database;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one of our column kinds is declared and bound on each database; provider adapters (EclipseLink) ask it
 * instead of trusting provider defaults. Pure code, tested without a database.
 */
public interface ColumnStorage {

    /** The DDL type for the column on {@code dialect}, for example {@code JSONB}. */
    String columnDefinition(Database dialect);

    /** The {@code java.sql.Types} code used to bind SQL {@code NULL} (PostgreSQL rejects a typed VARCHAR null). */
    int nullSqlType(Database dialect);

    /**
     * Whether values travel as plain text on {@code dialect} (bound with {@code setString}, read with
     * {@code getString}); then {@link #toJdbc} returns a {@code String} with {@code Types.VARCHAR}. Text avoids
     * drivers' {@code java.sql.Timestamp} detour through the JVM default time zone on MariaDB.
     */
    boolean exchangesText(Database dialect);

    /** Whether attribute values can change in place (documents), so providers must compare copies. */
    boolean mutable();

    /** The JDBC binding for a non-null value produced by the JPA {@code AttributeConverter}. */
    JdbcValue toJdbc(Object converted, Database dialect);

    /**
     * Turns what the driver returned (a {@code String}, {@code Clob}, {@code PGobject}, {@code LocalDateTime}…)
     * into what the JPA {@code AttributeConverter} reads.
     */
    @Nullable
    Object fromJdbc(@Nullable Object raw, Database dialect);

    /**
     * Why this column kind cannot be used on {@code dialect}, or empty when it can; adapters turn a reason into a
     * deployment error that names the entity and attribute.
     */
    default Optional<String> unsupportedReason(Database dialect) {
        return Optional.empty();
    }
}
