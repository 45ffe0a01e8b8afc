package dev.advancedalchemy.types;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.internal.columns.GuidCodec;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link UUID} attribute as {@code CHAR(32)}: 32 lowercase hex digits without dashes, Python's
 * {@code uuid.hex}, which is what the Python library's {@code GUID(binary=False)} stores on databases without a
 * native UUID type (MariaDB, MySQL, SQLite; H2 here too).
 *
 * <pre>{@code
 * @Convert(converter = GuidHexConverter.class)
 * @Column(name = "external_ref", length = 32)
 * private UUID externalRef;       // a8098c1a-f86e-11da-bd1a-00112444be1e is stored as "a8098c1af86e11dabd1a00112444be1e"
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>On PostgreSQL, SQL Server and Oracle Python's {@code GUID(binary=False)} still stores the native type
 *       ({@code uuid}, {@code UNIQUEIDENTIFIER}, {@code RAW(16)}); use {@link GuidConverter} there. This converter
 *       on such a database fails deployment with a {@link dev.advancedalchemy.exceptions.RepositoryDefinitionException}
 *       naming the entity and attribute (EclipseLink with
 *       {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} set, and Hibernate 7).
 *   <li>The column is declared {@code CHAR(32)} by both providers (EclipseLink needs
 *       {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} set).
 *   <li>Reading accepts what Python's {@code UUID(hex=...)} accepts: 32 hex digits in either case, with or without
 *       dashes or braces. Anything else raises {@link ConversionException} ({@value GuidCodec#UNREADABLE}) without
 *       showing the text.
 *   <li>{@code null} is stored as SQL {@code NULL}.
 * </ul>
 */
@Converter
public class GuidHexConverter implements AttributeConverter<UUID, String> {
    /** Returns Python's {@code uuid.hex} of the attribute. */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable UUID attribute) {
        return attribute == null ? null : GuidCodec.toHex(attribute);
    }

    /**
     * Parses the stored hex text.
     *
     * @throws ConversionException ({@value GuidCodec#UNREADABLE}) if the column does not hold a GUID in text form
     */
    @Override
    public @Nullable UUID convertToEntityAttribute(@Nullable String dbData) {
        return dbData == null ? null : GuidCodec.fromText(dbData);
    }
}
