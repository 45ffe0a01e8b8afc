package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The column holds exactly what Python Advanced Alchemy's {@code FileObject.to_dict()} stores. */
class FileObjectConverterTest {
    private final FileObjectConverter one = new FileObjectConverter();
    private final FileObjectListConverter many = new FileObjectListConverter();

    @Test
    void writesThePythonShapeWithNullsAndKeyOrder() {
        FileObject f = FileObject.of("local", "a.png");
        assertThat(one.convertToDatabaseColumn(f))
                .isEqualTo("{\"filename\":\"a.png\",\"content_type\":\"image/png\",\"size\":null,"
                        + "\"last_modified\":null,\"checksum\":null,\"etag\":null,\"version_id\":null,"
                        + "\"metadata\":{},\"backend\":\"local\"}");
    }

    @Test
    void writesStoredValuesWithLastModifiedAsPosixSeconds() {
        FileObject f = FileObject.of("s3", "x/y.txt").updateMetadata(Map.of("owner", "ann"));
        f.markStored(
                new StoredFile("x/y.txt", 12, "abc", "\"abc\"", "v1", Instant.ofEpochSecond(1732612345, 500_000_000)));
        assertThat(one.convertToDatabaseColumn(f))
                .isEqualTo("{\"filename\":\"x/y.txt\",\"content_type\":\"text/plain\",\"size\":12,"
                        + "\"last_modified\":1732612345.5,\"checksum\":\"abc\",\"etag\":\"\\\"abc\\\"\","
                        + "\"version_id\":\"v1\",\"metadata\":{\"owner\":\"ann\"},\"backend\":\"s3\"}");
    }

    @Test
    void readsWhatPythonWrote() {
        // json.dumps(file_object.to_dict()) from Python: spaces after separators, float timestamp
        String python = "{\"filename\": \"uploads/report.pdf\", \"content_type\": \"application/pdf\", \"size\": 2048,"
                + " \"last_modified\": 1732612345.123456, \"checksum\": \"d41d8cd98f00b204e9800998ecf8427e\","
                + " \"etag\": \"etag-1\", \"version_id\": null, \"metadata\": {\"pages\": 3}, \"backend\": \"local\"}";
        FileObject f = one.convertToEntityAttribute(python);
        assertThat(f.path()).isEqualTo("uploads/report.pdf");
        assertThat(f.backend()).isEqualTo("local");
        assertThat(f.size()).contains(2048L);
        assertThat(f.lastModified()).contains(Instant.ofEpochSecond(1732612345, 123_456_000));
        assertThat(f.checksum()).contains("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(f.etag()).contains("etag-1");
        assertThat(f.versionId()).isEmpty();
        assertThat(f.metadata()).containsEntry("pages", 3);
        assertThat(one.convertToEntityAttribute(one.convertToDatabaseColumn(f)).lastModified())
                .isEqualTo(f.lastModified());
    }

    @Test
    void integerTimestampsAndMissingOptionalKeysAreAccepted() {
        FileObject f =
                one.convertToEntityAttribute("{\"filename\":\"a\",\"backend\":\"b\",\"last_modified\":1700000000}");
        assertThat(f.lastModified()).contains(Instant.ofEpochSecond(1700000000));
        assertThat(f.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void listsAreJsonArraysAndNullReadsAsEmpty() {
        FileObjectList list = FileObjectList.of(FileObject.of("b", "1.txt"), FileObject.of("b", "2.txt"));
        String json = many.convertToDatabaseColumn(list);
        assertThat(json)
                .startsWith("[{\"filename\":\"1.txt\"")
                .contains("},{\"filename\":\"2.txt\"")
                .endsWith("}]");
        assertThat(many.convertToEntityAttribute(json))
                .extracting(FileObject::path)
                .containsExactly("1.txt", "2.txt");
        assertThat(many.convertToEntityAttribute(null)).isEmpty();
        assertThat(many.convertToEntityAttribute("{\"filename\":\"a\",\"backend\":\"b\"}"))
                .containsExactly(FileObject.of("b", "a"));
        assertThat(many.convertToEntityAttribute("[]")).isEmpty();
    }

    @Test
    void brokenColumnsFailWithoutQuotingTheirContent() {
        assertThatThrownBy(() -> one.convertToEntityAttribute("{\"filename\": \"secret-name"))
                .isInstanceOf(ConversionException.class)
                .hasMessageNotContaining("secret-name");
        assertThatThrownBy(() -> one.convertToEntityAttribute("{\"filename\":\"a\"}"))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("\"backend\"");
        assertThatThrownBy(() -> one.convertToEntityAttribute("[1]")).isInstanceOf(ConversionException.class);
        assertThatThrownBy(() -> many.convertToEntityAttribute("42")).isInstanceOf(ConversionException.class);
        assertThatThrownBy(() -> new FileObjectList(List.of(FileObject.of("b", "a"))).add(null))
                .isInstanceOf(NullPointerException.class);
    }
}
