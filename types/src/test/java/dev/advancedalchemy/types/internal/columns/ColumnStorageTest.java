package dev.advancedalchemy.types.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ColumnStorageTest {

    private final JsonStorage json = new JsonStorage();
    private final UtcTimestampStorage utc = new UtcTimestampStorage();

    @Test
    void detectsDialectsFromProviderClassesAndProductNames() {
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.PostgreSQLPlatform"))
                .isEqualTo(ColumnDialect.POSTGRESQL);
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.MySQLPlatform"))
                .isEqualTo(ColumnDialect.MARIADB);
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.MariaDBPlatform"))
                .isEqualTo(ColumnDialect.MARIADB);
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.H2Platform"))
                .isEqualTo(ColumnDialect.H2);
        assertThat(ColumnDialect.fromName("org.hibernate.dialect.PostgreSQLDialect"))
                .isEqualTo(ColumnDialect.POSTGRESQL);
        assertThat(ColumnDialect.fromName("MariaDB")).isEqualTo(ColumnDialect.MARIADB);
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.OraclePlatform"))
                .isEqualTo(ColumnDialect.ORACLE);
        assertThat(ColumnDialect.fromName("org.hibernate.dialect.OracleDialect"))
                .isEqualTo(ColumnDialect.ORACLE);
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.SQLServerPlatform"))
                .isEqualTo(ColumnDialect.SQLSERVER);
        assertThat(ColumnDialect.fromName("Microsoft SQL Server")).isEqualTo(ColumnDialect.SQLSERVER);
        assertThat(ColumnDialect.fromName("org.eclipse.persistence.platform.database.DB2Platform"))
                .isEqualTo(ColumnDialect.OTHER);
    }

    @Test
    void jsonColumnsAndBindingsPerDialect() {
        assertThat(json.columnDefinition(ColumnDialect.POSTGRESQL)).isEqualTo("JSONB");
        assertThat(json.columnDefinition(ColumnDialect.MARIADB)).isEqualTo("JSON");
        assertThat(json.columnDefinition(ColumnDialect.H2)).isEqualTo("JSON");
        assertThat(json.toJdbc("{}", ColumnDialect.POSTGRESQL)).isEqualTo(new JdbcValue("{}", Types.OTHER));
        assertThat(json.nullSqlType(ColumnDialect.POSTGRESQL)).isEqualTo(Types.OTHER);
        JdbcValue h2 = json.toJdbc("{\"a\":\"é\"}", ColumnDialect.H2);
        assertThat(h2.sqlType()).isEqualTo(Types.VARBINARY);
        assertThat(new String((byte[]) h2.value(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"é\"}");
        assertThat(json.exchangesText(ColumnDialect.MARIADB)).isTrue();
        assertThat(json.mutable()).isTrue();
    }

    @Test
    void jsonReadsEveryDriverShape() throws Exception {
        assertThat(json.fromJdbc("[1]", ColumnDialect.MARIADB)).isEqualTo("[1]");
        assertThat(json.fromJdbc("[1]".getBytes(StandardCharsets.UTF_8), ColumnDialect.H2))
                .isEqualTo("[1]");
        assertThat(json.fromJdbc(new javax.sql.rowset.serial.SerialClob("[2]".toCharArray()), ColumnDialect.OTHER))
                .isEqualTo("[2]");
        Object pgObjectLike = new Object() {
            @Override
            public String toString() {
                return "{\"pg\":1}";
            }
        };
        assertThat(json.fromJdbc(pgObjectLike, ColumnDialect.POSTGRESQL)).isEqualTo("{\"pg\":1}");
        assertThat(json.fromJdbc(null, ColumnDialect.POSTGRESQL)).isNull();
    }

    @Test
    void utcColumnsPerDialect() {
        assertThat(utc.columnDefinition(ColumnDialect.POSTGRESQL)).isEqualTo("TIMESTAMP(6) WITH TIME ZONE");
        assertThat(utc.columnDefinition(ColumnDialect.H2)).isEqualTo("TIMESTAMP(6) WITH TIME ZONE");
        assertThat(utc.columnDefinition(ColumnDialect.MARIADB)).isEqualTo("DATETIME(6)");
        assertThat(utc.mutable()).isFalse();
    }

    @Test
    void utcBindsJavaTimeOrMariaDbTextNeverTimestamp() {
        OffsetDateTime value = OffsetDateTime.parse("2024-03-10T07:30:00.000120+05:00");
        JdbcValue pg = utc.toJdbc(value, ColumnDialect.POSTGRESQL);
        assertThat(pg.sqlType()).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
        assertThat(pg.value()).isEqualTo(OffsetDateTime.parse("2024-03-10T02:30:00.000120Z"));
        assertThat(utc.toJdbc(value, ColumnDialect.MARIADB))
                .isEqualTo(new JdbcValue("2024-03-10 02:30:00.000120", Types.VARCHAR));
    }

    @Test
    void utcReadsEveryDriverShapeAsUtc() {
        OffsetDateTime expected = OffsetDateTime.parse("2024-03-10T02:30:00.000120Z");
        assertThat(utc.fromJdbc("2024-03-10 02:30:00.00012", ColumnDialect.MARIADB))
                .isEqualTo(expected);
        assertThat(utc.fromJdbc("2024-03-10 02:30:00", ColumnDialect.MARIADB))
                .isEqualTo(OffsetDateTime.parse("2024-03-10T02:30:00Z"));
        assertThat(utc.fromJdbc(LocalDateTime.parse("2024-03-10T02:30:00.000120"), ColumnDialect.MARIADB))
                .isEqualTo(expected);
        OffsetDateTime fromOtherOffset = (OffsetDateTime)
                utc.fromJdbc(OffsetDateTime.parse("2024-03-10T04:30:00.000120+02:00"), ColumnDialect.H2);
        assertThat(fromOtherOffset).isEqualTo(expected);
        assertThat(fromOtherOffset.getOffset()).isEqualTo(java.time.ZoneOffset.UTC);
        Timestamp instant = Timestamp.from(Instant.parse("2024-03-10T02:30:00.000120Z"));
        assertThat(utc.fromJdbc(instant, ColumnDialect.POSTGRESQL)).isEqualTo(expected);
        assertThat(utc.fromJdbc(null, ColumnDialect.POSTGRESQL)).isNull();
    }

    @Test
    void utcRejectsValuesThatAreNotDateTimes() {
        assertThatThrownBy(() -> utc.fromJdbc(42, ColumnDialect.POSTGRESQL))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("ALCH-1453");
        assertThatThrownBy(() -> utc.fromJdbc("yesterday", ColumnDialect.MARIADB))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("ALCH-1454")
                .hasMessageNotContaining("yesterday");
    }
}
