package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a {@code List<Object>} as a JSON array (see {@link JsonConverter} for the column type per database and what
 * to write on the attribute). For a list of records declare {@code extends JsonConverter<List<MyRecord>>} instead.
 *
 * <pre>{@code
 * @Convert(converter = JsonListConverter.class)
 * @JdbcTypeCode(SqlTypes.JSON)
 * private List<Object> tags;
 * }</pre>
 *
 * <p>The class repeats {@code implements AttributeConverter<…>} on purpose: EclipseLink reads a converter's column
 * type from the last type argument of the class's own generic signature and fails (or picks the wrong type) when the
 * interface is only inherited; see {@code docs/eclipselink.md}.
 */
@Converter
public class JsonListConverter extends JsonConverter<List<Object>>
        implements AttributeConverter<List<Object>, String> {}
