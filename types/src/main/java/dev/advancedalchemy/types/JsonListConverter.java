package dev.advancedalchemy.types;

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
 */
@Converter
public class JsonListConverter extends JsonConverter<List<Object>> {}
