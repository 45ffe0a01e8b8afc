package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link UUID} attribute (any column, not only ids) exactly as the Python library's {@code GUID} type
 * does, so a Java and a Python service can share the table.
 *
 * <pre>{@code
 * @Convert(converter = GuidConverter.class)
 * @Column(name = "external_ref")
 * private UUID externalRef;
 * }</pre>
 *
 * <table>
 *   <caption>column per database (Python's {@code GUID()})</caption>
 *   <tr><th>database</th><th>column</th><th>stored as</th></tr>
 *   <tr><td>PostgreSQL</td><td>{@code uuid}</td><td>native</td></tr>
 *   <tr><td>MariaDB / MySQL</td><td>{@code BINARY(16)}</td><td>Python's {@code uuid.bytes}: the 16 bytes in
 *   big-endian order, as the UUID is written ({@code a8098c1a-f86e-…} starts with byte {@code 0xa8})</td></tr>
 *   <tr><td>Oracle</td><td>{@code RAW(16)}</td><td>{@code uuid.bytes}</td></tr>
 *   <tr><td>SQL Server</td><td>{@code UNIQUEIDENTIFIER}</td><td>native (bound as text, as Python does)</td></tr>
 *   <tr><td>H2</td><td>{@code UUID}</td><td>native</td></tr>
 * </table>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Hibernate 7 needs nothing more: the converter hands the {@code UUID} through and the library's type
 *       contribution declares {@code BINARY(16)} on MariaDB/MySQL (Hibernate's own choice there would be MariaDB's
 *       {@code uuid}). EclipseLink needs the unit's one alchemy property
 *       ({@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource}); it declares and binds the column per database.
 *   <li>A {@code columnDefinition} on the attribute's {@code @Column} wins over these declarations.
 *   <li>{@code null} is stored as SQL {@code NULL}. JPQL comparisons ({@code where e.ref = :ref}) bind the
 *       parameter in the stored form.
 *   <li>For {@code CHAR(32)} hex (Python's {@code GUID(binary=False)}) use {@link GuidHexConverter}.
 * </ul>
 */
@Converter
public class GuidConverter implements AttributeConverter<UUID, UUID> {
    /** Returns the attribute unchanged; the column storage (per provider) decides its database form. */
    @Override
    public @Nullable UUID convertToDatabaseColumn(@Nullable UUID attribute) {
        return attribute;
    }

    /** Returns the stored value unchanged. */
    @Override
    public @Nullable UUID convertToEntityAttribute(@Nullable UUID dbData) {
        return dbData;
    }
}
