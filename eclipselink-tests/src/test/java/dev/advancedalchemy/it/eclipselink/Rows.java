package dev.advancedalchemy.it.eclipselink;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectList;
import dev.advancedalchemy.storage.FileObjectListConverter;
import dev.advancedalchemy.types.EncryptedString;
import dev.advancedalchemy.types.EncryptedText;
import dev.advancedalchemy.types.GuidConverter;
import dev.advancedalchemy.types.GuidHexConverter;
import dev.advancedalchemy.types.HashedPassword;
import dev.advancedalchemy.types.JsonListConverter;
import dev.advancedalchemy.types.JsonMapConverter;
import dev.advancedalchemy.types.PasswordHashConverter;
import dev.advancedalchemy.types.UtcInstantConverter;
import dev.advancedalchemy.types.UtcOffsetDateTimeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One entity per shipped converter, each naming the converter with {@code @Convert} alone, as a user writes it: an
 * {@code id} and a {@code v} column. Every entity extends {@link Row} so the test reads and writes {@code v} the same
 * way.
 */
final class Rows {
    private Rows() {}

    /** What every row entity has: its id, and the {@code v} the test sets through {@link #set}. */
    @MappedSuperclass
    abstract static class Row {
        @Id
        Long id;

        final void id(long id) {
            this.id = id;
        }

        abstract Object value();

        abstract void set(Object value);
    }

    @Entity
    @Table(name = "c_encrypted_string")
    public static class EncryptedStringRow extends Row {
        @Convert(converter = EncryptedString.class)
        @Column(name = "v")
        String v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (String) value;
        }
    }

    @Entity
    @Table(name = "c_encrypted_text")
    public static class EncryptedTextRow extends Row {
        @Convert(converter = EncryptedText.class)
        @Column(name = "v", length = 4000)
        String v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (String) value;
        }
    }

    @Entity
    @Table(name = "c_password_hash")
    public static class PasswordHashRow extends Row {
        @Convert(converter = PasswordHashConverter.class)
        @Column(name = "v")
        HashedPassword v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (HashedPassword) value;
        }
    }

    @Entity
    @Table(name = "c_json_map")
    public static class JsonMapRow extends Row {
        @Convert(converter = JsonMapConverter.class)
        @Column(name = "v")
        Map<String, Object> v;

        Object value() {
            return v;
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            v = (Map<String, Object>) value;
        }
    }

    @Entity
    @Table(name = "c_json_list")
    public static class JsonListRow extends Row {
        @Convert(converter = JsonListConverter.class)
        @Column(name = "v")
        List<Object> v;

        Object value() {
            return v;
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            v = (List<Object>) value;
        }
    }

    @Entity
    @Table(name = "c_utc_instant")
    public static class UtcInstantRow extends Row {
        @Convert(converter = UtcInstantConverter.class)
        @Column(name = "v")
        Instant v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (Instant) value;
        }
    }

    @Entity
    @Table(name = "c_utc_offset")
    public static class UtcOffsetRow extends Row {
        @Convert(converter = UtcOffsetDateTimeConverter.class)
        @Column(name = "v")
        OffsetDateTime v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (OffsetDateTime) value;
        }
    }

    @Entity
    @Table(name = "c_guid")
    public static class GuidRow extends Row {
        @Convert(converter = GuidConverter.class)
        @Column(name = "v")
        UUID v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (UUID) value;
        }
    }

    @Entity
    @Table(name = "c_guid_hex")
    public static class GuidHexRow extends Row {
        @Convert(converter = GuidHexConverter.class)
        @Column(name = "v")
        UUID v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (UUID) value;
        }
    }

    @Entity
    @Table(name = "c_file_object")
    public static class FileObjectRow extends Row {
        @Convert(converter = FileObjectConverter.class)
        @Column(name = "v", length = 2000)
        FileObject v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (FileObject) value;
        }
    }

    @Entity
    @Table(name = "c_file_object_list")
    public static class FileObjectListRow extends Row {
        @Convert(converter = FileObjectListConverter.class)
        @Column(name = "v", length = 4000)
        FileObjectList v;

        Object value() {
            return v;
        }

        void set(Object value) {
            v = (FileObjectList) value;
        }
    }
}
