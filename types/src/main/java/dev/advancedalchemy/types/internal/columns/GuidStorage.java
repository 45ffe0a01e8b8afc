package dev.advancedalchemy.types.internal.columns;

import dev.advancedalchemy.types.spi.Database;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * GUID columns as the Python library's {@code GUID} type declares them: native {@code UUID} on PostgreSQL,
 * {@code UNIQUEIDENTIFIER} on SQL Server, {@code RAW(16)} on Oracle and, elsewhere, big-endian {@code BINARY(16)}
 * ({@code binary=True}; native {@code UUID} on H2, which Python does not know) or {@code CHAR(32)} lowercase hex
 * ({@code binary=False}, H2 included). The hex form is refused where
 * Python itself uses a native type whatever {@code binary} says, because a table shared with Python would differ.
 */
public final class GuidStorage implements ColumnStorage {
    private final boolean hex;

    private GuidStorage(boolean hex) {
        this.hex = hex;
    }

    /** {@code GUID()}: what {@code GuidConverter} stores; its JPA converter passes {@code UUID} through. */
    public static GuidStorage binary() {
        return new GuidStorage(false);
    }

    /** {@code GUID(binary=False)}: what {@code GuidHexConverter} stores; its JPA converter produces the hex text. */
    public static GuidStorage hex() {
        return new GuidStorage(true);
    }

    @Override
    public Optional<String> unsupportedReason(Database dialect) {
        if (hex && isNative(dialect)) {
            return Optional.of("the CHAR(32) hex GUID (GuidHexConverter) is not used on " + dialect
                    + ", where Python's GUID(binary=False) stores the native type " + columnDefinition(dialect)
                    + "; use GuidConverter, which stores exactly that");
        }
        return Optional.empty();
    }

    @Override
    public String columnDefinition(Database dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "UUID";
            case H2 -> hex ? "CHAR(32)" : "UUID";
            case SQLSERVER -> "UNIQUEIDENTIFIER";
            case ORACLE -> "RAW(16)";
            case MARIADB, MYSQL, OTHER -> hex ? "CHAR(32)" : "BINARY(16)";
        };
    }

    @Override
    public int nullSqlType(Database dialect) {
        if (hex) {
            return Types.CHAR;
        }
        return switch (dialect) {
            case POSTGRESQL -> Types.OTHER;
            case SQLSERVER -> Types.CHAR;
            case H2, ORACLE, MARIADB, MYSQL, OTHER -> Types.BINARY;
        };
    }

    @Override
    public boolean exchangesText(Database dialect) {
        return hex;
    }

    @Override
    public boolean mutable() {
        return false;
    }

    @Override
    public JdbcValue toJdbc(Object converted, Database dialect) {
        if (hex) {
            return new JdbcValue(converted, Types.CHAR); // the converter already made Python's uuid.hex
        }
        UUID uuid = (UUID) converted;
        return switch (dialect) {
            case POSTGRESQL -> new JdbcValue(uuid, Types.OTHER);
            // as Python binds it for mssql: str(value), which the driver converts to UNIQUEIDENTIFIER
            case SQLSERVER -> new JdbcValue(uuid.toString(), Types.CHAR);
            // H2 converts 16 bytes to its UUID type in the same big-endian order
            case H2, ORACLE, MARIADB, MYSQL, OTHER -> new JdbcValue(GuidCodec.toBytes(uuid), Types.BINARY);
        };
    }

    @Override
    public @Nullable Object fromJdbc(@Nullable Object raw, Database dialect) {
        if (raw == null) {
            return null;
        }
        UUID uuid;
        if (raw instanceof UUID value) {
            uuid = value;
        } else if (raw instanceof byte[] bytes) {
            uuid = GuidCodec.fromBytes(bytes);
        } else {
            uuid = GuidCodec.fromText(raw.toString());
        }
        return hex ? GuidCodec.toHex(uuid) : uuid;
    }

    private static boolean isNative(Database dialect) {
        return dialect == Database.POSTGRESQL || dialect == Database.SQLSERVER || dialect == Database.ORACLE;
    }
}
