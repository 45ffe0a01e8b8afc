package dev.advancedalchemy.it.eclipselink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectList;
import dev.advancedalchemy.storage.FileObjectListConverter;
import dev.advancedalchemy.types.EncryptedString;
import dev.advancedalchemy.types.EncryptedText;
import dev.advancedalchemy.types.FernetKeyRing;
import dev.advancedalchemy.types.GuidConverter;
import dev.advancedalchemy.types.GuidHexConverter;
import dev.advancedalchemy.types.HashedPassword;
import dev.advancedalchemy.types.JsonListConverter;
import dev.advancedalchemy.types.JsonMapConverter;
import dev.advancedalchemy.types.PasswordHashConverter;
import dev.advancedalchemy.types.UtcInstantConverter;
import dev.advancedalchemy.types.UtcOffsetDateTimeConverter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Every converter the library ships, with its entity ({@link Rows}), a value to write, what the column must hold
 * afterwards (read back over JDBC) and what a fresh entity manager must read.
 */
enum Shipped {
    ENCRYPTED_STRING(
            EncryptedString.class, Rows.EncryptedStringRow.class, () -> "s3cret ✓", Shipped::token, Object::equals),
    ENCRYPTED_TEXT(
            EncryptedText.class,
            Rows.EncryptedTextRow.class,
            () -> "a longer secret ".repeat(20),
            Shipped::token,
            Object::equals),
    PASSWORD_HASH(
            PasswordHashConverter.class,
            Rows.PasswordHashRow.class,
            () -> HashedPassword.create(Shipped.PASSWORD.toCharArray()),
            (rs, written) -> assertThat(rs.getString(1))
                    .startsWith("$argon2id$")
                    .isEqualTo(((HashedPassword) written).encoded()),
            (read, written) -> ((HashedPassword) read).verify(Shipped.PASSWORD.toCharArray())),
    JSON_MAP(JsonMapConverter.class, Rows.JsonMapRow.class, Shipped::document, Shipped::json, Object::equals),
    JSON_LIST(
            JsonListConverter.class,
            Rows.JsonListRow.class,
            () -> List.of("a", 1, false, Map.of("nested", List.of(2, "three"))),
            Shipped::json,
            Object::equals),
    UTC_INSTANT(
            UtcInstantConverter.class,
            Rows.UtcInstantRow.class,
            () -> Instant.parse("2024-03-01T12:34:56.123456Z"),
            (rs, written) -> assertThat(rs.getObject(1, OffsetDateTime.class))
                    .isEqualTo(((Instant) written).atOffset(ZoneOffset.UTC)),
            Object::equals),
    UTC_OFFSET_DATE_TIME(
            UtcOffsetDateTimeConverter.class,
            Rows.UtcOffsetRow.class,
            () -> OffsetDateTime.parse("2024-03-01T14:34:56.123456+02:00"),
            (rs, written) -> assertThat(rs.getObject(1, OffsetDateTime.class).toInstant())
                    .isEqualTo(((OffsetDateTime) written).toInstant()),
            (read, written) -> read.equals(((OffsetDateTime) written).withOffsetSameInstant(ZoneOffset.UTC))),
    GUID(
            GuidConverter.class,
            Rows.GuidRow.class,
            () -> UUID.fromString("0189f7ea-ae2c-7d4a-9c3b-6f1e2d3c4b5a"),
            (rs, written) -> {
                assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualToIgnoringCase("uuid");
                assertThat(rs.getObject(1, UUID.class)).isEqualTo(written);
            },
            Object::equals),
    GUID_HEX(
            GuidHexConverter.class,
            Rows.GuidHexRow.class,
            () -> UUID.fromString("0189f7ea-ae2c-7d4a-9c3b-6f1e2d3c4b5a"),
            (rs, written) -> assertThat(rs.getString(1)).isEqualTo("0189f7eaae2c7d4a9c3b6f1e2d3c4b5a"),
            Object::equals),
    FILE_OBJECT(
            FileObjectConverter.class,
            Rows.FileObjectRow.class,
            () -> FileObject.of(Shipped.BACKEND, "docs/one.txt").content("one".getBytes(StandardCharsets.UTF_8)),
            (rs, written) -> {
                // size and checksum are known only once the file hook wrote the content, before the INSERT
                Map<?, ?> stored = Shipped.parse(rs, Map.class);
                assertThat(stored.get("backend")).isEqualTo(Shipped.BACKEND);
                assertThat(stored.get("size")).isEqualTo(3);
                assertThat(stored.get("checksum")).isNotNull();
            },
            (read, written) -> new String(((FileObject) read).getContent(), StandardCharsets.UTF_8).equals("one")),
    FILE_OBJECT_LIST(
            FileObjectListConverter.class,
            Rows.FileObjectListRow.class,
            () -> FileObjectList.of(
                    FileObject.of(Shipped.BACKEND, "docs/two.txt").content("two".getBytes(StandardCharsets.UTF_8)),
                    FileObject.of(Shipped.BACKEND, "docs/four.txt").content("four".getBytes(StandardCharsets.UTF_8))),
            (rs, written) -> {
                List<?> stored = Shipped.parse(rs, List.class);
                assertThat(stored).hasSize(2);
                assertThat(((Map<?, ?>) stored.get(1)).get("size")).isEqualTo(4);
            },
            (read, written) -> ((FileObjectList) read).size() == 2
                    && new String(((FileObjectList) read).get(1).getContent(), StandardCharsets.UTF_8).equals("four"));

    /** The Fernet key the encrypted converters find as {@code alchemy.encryption.key}. */
    static final String KEY = "eclipselink-matrix-key";

    /** The in-memory storage backend the file converters write to. */
    static final String BACKEND = "mem";

    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Class<?> converter;
    final Class<? extends Rows.Row> entity;
    final Supplier<Object> sample;
    final StoredCheck stored;
    final ReadCheck read;

    Shipped(
            Class<?> converter,
            Class<? extends Rows.Row> entity,
            Supplier<Object> sample,
            StoredCheck stored,
            ReadCheck read) {
        this.converter = converter;
        this.entity = entity;
        this.sample = sample;
        this.stored = stored;
        this.read = read;
    }

    /** The table of {@link #entity}. */
    String table() {
        return entity.getAnnotation(jakarta.persistence.Table.class).name();
    }

    /** Asserts what the column {@code v} of the written row holds, positioned on that row. */
    @FunctionalInterface
    interface StoredCheck {
        void check(ResultSet column, Object written) throws Exception;
    }

    /** Whether a fresh entity manager read what was written. */
    @FunctionalInterface
    interface ReadCheck {
        boolean matches(Object read, Object written);
    }

    private static void token(ResultSet rs, Object written) throws SQLException {
        String token = rs.getString(1);
        assertThat(token).startsWith("gAAAAA").doesNotContain((String) written);
        assertThat(FernetKeyRing.ofKeyStrings(List.of(KEY)).decrypt(token)).isEqualTo(written);
    }

    private static void json(ResultSet rs, Object written) throws Exception {
        assertThat(parse(rs, Object.class)).isEqualTo(written);
    }

    private static <T> T parse(ResultSet rs, Class<T> type) throws Exception {
        return MAPPER.readValue(rs.getString(1), type);
    }

    private static Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Zoë \"quoted\"");
        doc.put("count", 3);
        doc.put("on", true);
        doc.put("nested", Map.of("list", List.of(1, "two")));
        return doc;
    }
}
