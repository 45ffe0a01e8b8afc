package dev.advancedalchemy.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.internal.columns.DefaultJson;
import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@code Map}, a {@code List} or any Jackson-serialisable record/POJO as one JSON document: {@code jsonb}
 * on PostgreSQL, {@code JSON} on MariaDB (a {@code LONGTEXT} with a {@code JSON_VALID} check) and {@code JSON} on
 * H2.
 *
 * <p>Declare one small subclass per stored type; the type is read from the generic superclass, so generic types
 * such as {@code List<Address>} keep their element type:
 *
 * <pre>{@code
 * @Converter
 * public class PreferencesJson extends JsonConverter<Preferences> {}
 *
 * @Entity
 * public class Account {
 *     @Convert(converter = PreferencesJson.class)  // both providers: (de)serialisation
 *     @JdbcTypeCode(SqlTypes.JSON)                  // Hibernate: json/jsonb column and binding
 *     @Column(name = "preferences")
 *     private Preferences preferences;
 * }
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Annotate the subclass with {@code @jakarta.persistence.Converter} (the annotation is not inherited). On
 *       EclipseLink, list your subclass in the unit (or keep it in the unit's root with unlisted classes included):
 *       EclipseLink refuses converters it did not find. The converters the library ships need no entry.
 *   <li>Hibernate 7: add {@code @JdbcTypeCode(SqlTypes.JSON)} to the attribute; Hibernate then creates
 *       {@code jsonb}/{@code json} and binds the text itself (the JSON we produce is passed through unchanged).
 *   <li>EclipseLink 4 and 5: set the unit's one alchemy property ({@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource}); it
 *       declares the column per database and binds {@code jsonb} without driver flags such as
 *       {@code stringtype=unspecified}. EclipseLink ignores {@code @JdbcTypeCode}.
 *   <li>{@code null} is stored as SQL {@code NULL}. Unknown properties in a stored document are ignored on read,
 *       so adding or removing a field of the record does not break old rows. {@code java.time} values are written
 *       as ISO-8601 strings.
 *   <li>A document that cannot be written or read raises {@link ConversionException} naming the Java type and the
 *       converter; the document itself is never put into the message.
 *   <li>Override {@link #objectMapper()} to use your own Jackson configuration.
 * </ul>
 *
 * @param <T> the Java type of the attribute
 */
public abstract class JsonConverter<T> implements AttributeConverter<T, String> {

    private final JavaType type;

    /**
     * Resolves the stored type from the generic superclass.
     *
     * @throws IllegalStateException if the subclass does not bind {@code T} to a concrete type (for example a raw
     *     {@code extends JsonConverter}); declare it as {@code extends JsonConverter<MyType>}
     */
    protected JsonConverter() {
        JavaType[] params =
                TypeFactory.defaultInstance().constructType(getClass()).findTypeParameters(JsonConverter.class);
        if (params.length != 1 || params[0].getRawClass() == Object.class) {
            throw new IllegalStateException(getClass().getName()
                    + " must bind the stored type, e.g. 'class " + getClass().getSimpleName()
                    + " extends JsonConverter<MyRecord> {}'");
        }
        this.type = params[0];
    }

    /** The Jackson type documents are read into, resolved from the subclass declaration. */
    public final JavaType storedType() {
        return type;
    }

    /**
     * The Jackson mapper used to write and read documents. The default registers the {@code java.time} module,
     * writes dates as ISO-8601 strings and ignores unknown properties on read.
     */
    protected ObjectMapper objectMapper() {
        return DefaultJson.MAPPER;
    }

    /**
     * Writes the attribute as compact JSON text.
     *
     * @throws ConversionException if Jackson cannot serialise the value
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable T attribute) {
        if (attribute == null) {
            return null;
        }
        try {
            return objectMapper().writerFor(type).writeValueAsString(attribute);
        } catch (JsonProcessingException e) {
            throw new ConversionException(
                    "ALCH-1450",
                    "could not write a " + type + " as JSON in " + getClass().getName()
                            + "; make the type serialisable by Jackson (public getters or a record)",
                    e);
        }
    }

    /**
     * Reads the column's JSON text into the attribute type.
     *
     * @throws ConversionException if the stored text is not JSON or does not fit the attribute type
     */
    @Override
    public @Nullable T convertToEntityAttribute(@Nullable String dbData) {
        if (dbData == null) {
            return null;
        }
        try {
            return objectMapper().readValue(dbData, type);
        } catch (JsonProcessingException e) {
            throw new ConversionException(
                    "ALCH-1451",
                    "could not read a stored JSON document as " + type + " in "
                            + getClass().getName() + "; the column holds JSON of another shape or invalid JSON",
                    e);
        }
    }
}
