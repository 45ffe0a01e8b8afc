package dev.advancedalchemy.types.internal.columns;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.spi.Database;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * JSON documents: {@code JSONB} on PostgreSQL (bound as {@code Types.OTHER} so no {@code stringtype=unspecified}
 * is needed), {@code JSON} on MariaDB (its alias for {@code LONGTEXT} with a {@code JSON_VALID} check) and on H2
 * (bound as UTF-8 bytes, because H2 turns a bound character string into a JSON <em>string</em> literal), and
 * {@code CLOB} elsewhere.
 */
public final class JsonStorage implements ColumnStorage {

    @Override
    public String columnDefinition(Database dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "JSONB";
            case MARIADB, MYSQL, H2 -> "JSON";
            case ORACLE, SQLSERVER, OTHER -> "CLOB";
        };
    }

    @Override
    public JdbcValue toJdbc(Object converted, Database dialect) {
        String json = (String) converted;
        return switch (dialect) {
            case POSTGRESQL -> new JdbcValue(json, Types.OTHER);
            case H2 -> new JdbcValue(json.getBytes(StandardCharsets.UTF_8), Types.VARBINARY);
            case MARIADB, MYSQL -> new JdbcValue(json, Types.VARCHAR);
            case ORACLE, SQLSERVER, OTHER -> new JdbcValue(json, Types.CLOB);
        };
    }

    @Override
    public int nullSqlType(Database dialect) {
        return switch (dialect) {
            case POSTGRESQL -> Types.OTHER;
            case H2 -> Types.VARBINARY;
            case MARIADB, MYSQL -> Types.VARCHAR;
            case ORACLE, SQLSERVER, OTHER -> Types.CLOB;
        };
    }

    @Override
    public boolean exchangesText(Database dialect) {
        return dialect.isMariaDbFamily();
    }

    @Override
    public boolean mutable() {
        return true;
    }

    @Override
    public @Nullable Object fromJdbc(@Nullable Object raw, Database dialect) {
        if (raw == null || raw instanceof String) {
            return raw;
        }
        if (raw instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (raw instanceof Clob clob) {
            return readClob(clob);
        }
        // PostgreSQL's PGobject and similar driver wrappers render their JSON text from toString()
        return raw.toString();
    }

    private static String readClob(Clob clob) {
        try (Reader reader = clob.getCharacterStream()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (SQLException | IOException e) {
            throw new ConversionException(
                    "ALCH-1452", "could not read a JSON column stored as CLOB; check the connection is still open", e);
        }
    }
}
