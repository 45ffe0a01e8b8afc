package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;

/**
 * Stores a {@code Map<String, Object>} as a JSON object (see {@link JsonConverter} for the column type per database
 * and what to write on the attribute).
 *
 * <pre>{@code
 * @Convert(converter = JsonMapConverter.class)
 * @JdbcTypeCode(SqlTypes.JSON)
 * private Map<String, Object> attributes;
 * }</pre>
 *
 * <p>Nested objects read back as {@code LinkedHashMap}s, arrays as {@code ArrayList}s, numbers as {@code Integer},
 * {@code Long}, {@code BigInteger} or {@code Double} by size.
 *
 * <p>The class repeats {@code implements AttributeConverter<…>} on purpose: EclipseLink reads a converter's column
 * type from the last type argument of the class's own generic signature and fails (or picks the wrong type) when the
 * interface is only inherited; see {@code docs/eclipselink.md}.
 */
@Converter
public class JsonMapConverter extends JsonConverter<Map<String, Object>>
        implements AttributeConverter<Map<String, Object>, String> {}
