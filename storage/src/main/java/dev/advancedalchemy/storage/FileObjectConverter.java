package dev.advancedalchemy.storage;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.storage.internal.FileObjectJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link FileObject} as the JSON object Python Advanced Alchemy stores, so both can share a table.
 *
 * <pre>{@code
 * @Convert(converter = FileObjectConverter.class)
 * @Column(columnDefinition = "text")
 * private FileObject avatar;
 * // {"filename":"avatars/1.png","content_type":"image/png","size":1234,"last_modified":1732612345.5,
 * //  "checksum":"…","etag":"\"…\"","version_id":null,"metadata":{},"backend":"local"}
 * }</pre>
 */
@Converter
public final class FileObjectConverter implements AttributeConverter<FileObject, String> {
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable FileObject attribute) {
        return attribute == null ? null : FileObjectJson.write(attribute);
    }

    /**
     * Reads the column's JSON object; a {@code null} or blank column reads as {@code null}.
     *
     * @throws ConversionException when the column does not hold such an object
     */
    @Override
    public @Nullable FileObject convertToEntityAttribute(@Nullable String dbData) {
        return dbData == null || dbData.isBlank() ? null : FileObjectJson.read(dbData);
    }
}
