package dev.advancedalchemy.types.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.spi.Database;
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
    void mySqlIsDeclaredBoundAndReadExactlyLikeMariaDb() {
        OffsetDateTime when = OffsetDateTime.parse("2024-03-10T07:30:00.000120+05:00");
        java.util.UUID id = java.util.UUID.fromString("a8098c1a-f86e-11da-bd1a-00112444be1e");
        Object[][] storagesAndValues = {
            {json, "{\"a\":1}", "{\"a\":1}"},
            {utc, when, "2024-03-10 02:30:00.00012"},
            {GuidStorage.binary(), id, new byte[16]},
            {GuidStorage.hex(), "a8098c1af86e11dabd1a00112444be1e", "a8098c1af86e11dabd1a00112444be1e"},
        };
        for (Object[] row : storagesAndValues) {
            ColumnStorage storage = (ColumnStorage) row[0];
            assertThat(storage.columnDefinition(Database.MYSQL)).isEqualTo(storage.columnDefinition(Database.MARIADB));
            assertThat(storage.nullSqlType(Database.MYSQL)).isEqualTo(storage.nullSqlType(Database.MARIADB));
            assertThat(storage.exchangesText(Database.MYSQL)).isEqualTo(storage.exchangesText(Database.MARIADB));
            assertThat(storage.unsupportedReason(Database.MYSQL))
                    .isEqualTo(storage.unsupportedReason(Database.MARIADB));
            assertThat(storage.toJdbc(row[1], Database.MYSQL))
                    .usingRecursiveComparison()
                    .isEqualTo(storage.toJdbc(row[1], Database.MARIADB));
            assertThat(storage.fromJdbc(row[2], Database.MYSQL)).isEqualTo(storage.fromJdbc(row[2], Database.MARIADB));
        }
        Timestamp wallClock = Timestamp.valueOf(LocalDateTime.parse("2024-03-10T02:30:00"));
        assertThat(utc.fromJdbc(wallClock, Database.MYSQL)).isEqualTo(utc.fromJdbc(wallClock, Database.MARIADB));
    }

    @Test
    void jsonColumnsAndBindingsPerDialect() {
        assertThat(json.columnDefinition(Database.POSTGRESQL)).isEqualTo("JSONB");
        assertThat(json.columnDefinition(Database.MARIADB)).isEqualTo("JSON");
        assertThat(json.columnDefinition(Database.H2)).isEqualTo("JSON");
        assertThat(json.toJdbc("{}", Database.POSTGRESQL)).isEqualTo(new JdbcValue("{}", Types.OTHER));
        assertThat(json.nullSqlType(Database.POSTGRESQL)).isEqualTo(Types.OTHER);
        JdbcValue h2 = json.toJdbc("{\"a\":\"é\"}", Database.H2);
        assertThat(h2.sqlType()).isEqualTo(Types.VARBINARY);
        assertThat(new String((byte[]) h2.value(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"é\"}");
        assertThat(json.exchangesText(Database.MARIADB)).isTrue();
        assertThat(json.mutable()).isTrue();
    }

    @Test
    void jsonReadsEveryDriverShape() throws Exception {
        assertThat(json.fromJdbc("[1]", Database.MARIADB)).isEqualTo("[1]");
        assertThat(json.fromJdbc("[1]".getBytes(StandardCharsets.UTF_8), Database.H2))
                .isEqualTo("[1]");
        assertThat(json.fromJdbc(new javax.sql.rowset.serial.SerialClob("[2]".toCharArray()), Database.OTHER))
                .isEqualTo("[2]");
        Object pgObjectLike = new Object() {
            @Override
            public String toString() {
                return "{\"pg\":1}";
            }
        };
        assertThat(json.fromJdbc(pgObjectLike, Database.POSTGRESQL)).isEqualTo("{\"pg\":1}");
        assertThat(json.fromJdbc(null, Database.POSTGRESQL)).isNull();
    }

    @Test
    void utcColumnsPerDialect() {
        assertThat(utc.columnDefinition(Database.POSTGRESQL)).isEqualTo("TIMESTAMP(6) WITH TIME ZONE");
        assertThat(utc.columnDefinition(Database.H2)).isEqualTo("TIMESTAMP(6) WITH TIME ZONE");
        assertThat(utc.columnDefinition(Database.MARIADB)).isEqualTo("DATETIME(6)");
        assertThat(utc.mutable()).isFalse();
    }

    @Test
    void utcBindsJavaTimeOrMariaDbTextNeverTimestamp() {
        OffsetDateTime value = OffsetDateTime.parse("2024-03-10T07:30:00.000120+05:00");
        JdbcValue pg = utc.toJdbc(value, Database.POSTGRESQL);
        assertThat(pg.sqlType()).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
        assertThat(pg.value()).isEqualTo(OffsetDateTime.parse("2024-03-10T02:30:00.000120Z"));
        assertThat(utc.toJdbc(value, Database.MARIADB))
                .isEqualTo(new JdbcValue("2024-03-10 02:30:00.000120", Types.VARCHAR));
    }

    @Test
    void utcReadsEveryDriverShapeAsUtc() {
        OffsetDateTime expected = OffsetDateTime.parse("2024-03-10T02:30:00.000120Z");
        assertThat(utc.fromJdbc("2024-03-10 02:30:00.00012", Database.MARIADB)).isEqualTo(expected);
        assertThat(utc.fromJdbc("2024-03-10 02:30:00", Database.MARIADB))
                .isEqualTo(OffsetDateTime.parse("2024-03-10T02:30:00Z"));
        assertThat(utc.fromJdbc(LocalDateTime.parse("2024-03-10T02:30:00.000120"), Database.MARIADB))
                .isEqualTo(expected);
        OffsetDateTime fromOtherOffset =
                (OffsetDateTime) utc.fromJdbc(OffsetDateTime.parse("2024-03-10T04:30:00.000120+02:00"), Database.H2);
        assertThat(fromOtherOffset).isEqualTo(expected);
        assertThat(fromOtherOffset.getOffset()).isEqualTo(java.time.ZoneOffset.UTC);
        Timestamp instant = Timestamp.from(Instant.parse("2024-03-10T02:30:00.000120Z"));
        assertThat(utc.fromJdbc(instant, Database.POSTGRESQL)).isEqualTo(expected);
        assertThat(utc.fromJdbc(null, Database.POSTGRESQL)).isNull();
    }

    @Test
    void utcRejectsValuesThatAreNotDateTimes() {
        assertThatThrownBy(() -> utc.fromJdbc(42, Database.POSTGRESQL))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("ALCH-1453");
        assertThatThrownBy(() -> utc.fromJdbc("yesterday", Database.MARIADB))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("ALCH-1454")
                .hasMessageNotContaining("yesterday");
    }
}
