package dev.advancedalchemy.types;

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
 */
@Converter
public class JsonMapConverter extends JsonConverter<Map<String, Object>> {}
