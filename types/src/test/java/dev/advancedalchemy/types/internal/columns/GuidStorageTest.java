package dev.advancedalchemy.types.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.GuidHexConverter;
import dev.advancedalchemy.types.spi.Database;
import java.sql.Types;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GUID declarations and bindings per dialect, against the Python library's {@code GUID.load_dialect_impl} and
 * {@code process_bind_param}: native types on PostgreSQL, SQL Server and Oracle whatever {@code binary} says,
 * otherwise {@code BINARY(16)} holding {@code uuid.bytes} or {@code CHAR(32)} holding {@code uuid.hex}.
 */
class GuidStorageTest {
    private static final UUID RFC_EXAMPLE = UUID.fromString("a8098c1a-f86e-11da-bd1a-00112444be1e");
    private static final byte[] PYTHON_BYTES = HexFormat.of().parseHex("a8098c1af86e11dabd1a00112444be1e");

    private final GuidStorage guid = GuidStorage.binary();
    private final GuidStorage hex = GuidStorage.hex();

    @Test
    void declaresThePythonColumnTypes() {
        assertThat(guid.columnDefinition(Database.POSTGRESQL)).isEqualTo("UUID");
        assertThat(guid.columnDefinition(Database.MARIADB)).isEqualTo("BINARY(16)");
        assertThat(guid.columnDefinition(Database.ORACLE)).isEqualTo("RAW(16)");
        assertThat(guid.columnDefinition(Database.SQLSERVER)).isEqualTo("UNIQUEIDENTIFIER");
        assertThat(guid.columnDefinition(Database.H2)).isEqualTo("UUID");
        assertThat(guid.columnDefinition(Database.OTHER)).isEqualTo("BINARY(16)");
        assertThat(hex.columnDefinition(Database.MARIADB)).isEqualTo("CHAR(32)");
        assertThat(hex.columnDefinition(Database.H2)).isEqualTo("CHAR(32)");
        assertThat(hex.columnDefinition(Database.OTHER)).isEqualTo("CHAR(32)");
    }

    @Test
    void hexIsRefusedWherePythonKeepsTheNativeType() {
        for (Database dialect : new Database[] {Database.POSTGRESQL, Database.SQLSERVER, Database.ORACLE}) {
            assertThat(hex.unsupportedReason(dialect))
                    .get()
                    .asString()
                    .contains("GuidConverter")
                    .contains(guid.columnDefinition(dialect));
        }
        assertThat(hex.unsupportedReason(Database.MARIADB)).isEmpty();
        assertThat(hex.unsupportedReason(Database.H2)).isEmpty();
        assertThat(guid.unsupportedReason(Database.ORACLE)).isEmpty();
    }

    @Test
    void bindsAsPythonDoes() {
        assertThat(guid.toJdbc(RFC_EXAMPLE, Database.POSTGRESQL)).isEqualTo(new JdbcValue(RFC_EXAMPLE, Types.OTHER));
        // mssql: str(value)
        assertThat(guid.toJdbc(RFC_EXAMPLE, Database.SQLSERVER))
                .isEqualTo(new JdbcValue("a8098c1a-f86e-11da-bd1a-00112444be1e", Types.CHAR));
        for (Database bytes : new Database[] {Database.MARIADB, Database.ORACLE, Database.H2}) {
            JdbcValue value = guid.toJdbc(RFC_EXAMPLE, bytes);
            assertThat(value.sqlType()).isEqualTo(Types.BINARY);
            assertThat((byte[]) value.value()).isEqualTo(PYTHON_BYTES);
        }
        assertThat(hex.toJdbc(new GuidHexConverter().convertToDatabaseColumn(RFC_EXAMPLE), Database.MARIADB))
                .isEqualTo(new JdbcValue("a8098c1af86e11dabd1a00112444be1e", Types.CHAR));
        assertThat(hex.exchangesText(Database.MARIADB)).isTrue();
        assertThat(guid.exchangesText(Database.MARIADB)).isFalse();
    }

    @Test
    void readsWhatDriversReturn() {
        assertThat(guid.fromJdbc(RFC_EXAMPLE, Database.POSTGRESQL)).isEqualTo(RFC_EXAMPLE);
        assertThat(guid.fromJdbc(PYTHON_BYTES, Database.MARIADB)).isEqualTo(RFC_EXAMPLE);
        assertThat(guid.fromJdbc("A8098C1A-F86E-11DA-BD1A-00112444BE1E", Database.SQLSERVER))
                .isEqualTo(RFC_EXAMPLE);
        assertThat(guid.fromJdbc(null, Database.MARIADB)).isNull();
        assertThat(hex.fromJdbc("a8098c1af86e11dabd1a00112444be1e", Database.MARIADB))
                .isEqualTo("a8098c1af86e11dabd1a00112444be1e");
        assertThatThrownBy(() -> guid.fromJdbc(new byte[15], Database.MARIADB))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining(GuidCodec.UNREADABLE)
                .hasMessageContaining("15 bytes");
    }

    @Test
    void hexConverterWritesPythonsHexAndReadsWhatUuidHexAccepts() {
        GuidHexConverter converter = new GuidHexConverter();
        assertThat(converter.convertToDatabaseColumn(RFC_EXAMPLE)).isEqualTo("a8098c1af86e11dabd1a00112444be1e");
        assertThat(converter.convertToDatabaseColumn(new UUID(0, 1))).isEqualTo("00000000000000000000000000000001");
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        for (String form : new String[] {
            "a8098c1af86e11dabd1a00112444be1e",
            "A8098C1AF86E11DABD1A00112444BE1E",
            "a8098c1a-f86e-11da-bd1a-00112444be1e",
            "{a8098c1a-f86e-11da-bd1a-00112444be1e}",
            "urn:uuid:a8098c1a-f86e-11da-bd1a-00112444be1e"
        }) {
            assertThat(converter.convertToEntityAttribute(form)).as(form).isEqualTo(RFC_EXAMPLE);
        }
        for (String bad : new String[] {"a8098c1af86e11dabd1a00112444be1", "g8098c1af86e11dabd1a00112444be1e", ""}) {
            assertThatThrownBy(() -> converter.convertToEntityAttribute(bad))
                    .as(bad)
                    .isInstanceOf(ConversionException.class)
                    .hasMessageStartingWith(GuidCodec.UNREADABLE)
                    .hasMessageNotContaining("g8098c1a");
        }
    }
}
