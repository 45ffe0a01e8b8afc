package dev.advancedalchemy.storage;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.storage.internal.FileObjectJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link FileObjectList} as a JSON array of the objects {@link FileObjectConverter} writes; a
 * {@code null} column reads as an empty list.
 *
 * <pre>{@code
 * @Convert(converter = FileObjectListConverter.class)
 * @Column(columnDefinition = "text")
 * private FileObjectList attachments = new FileObjectList();
 * }</pre>
 */
@Converter
public final class FileObjectListConverter implements AttributeConverter<FileObjectList, String> {
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable FileObjectList attribute) {
        return attribute == null ? null : FileObjectJson.writeList(attribute);
    }

    /**
     * Reads the column: a JSON array of file objects, or a single object (as Python Advanced Alchemy tolerates) as
     * a one-element list.
     *
     * @throws ConversionException when the column holds neither an array nor an object
     */
    @Override
    public FileObjectList convertToEntityAttribute(@Nullable String dbData) {
        return dbData == null || dbData.isBlank() ? new FileObjectList() : FileObjectJson.readList(dbData);
    }
}
