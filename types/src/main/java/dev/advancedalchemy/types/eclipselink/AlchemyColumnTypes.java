package dev.advancedalchemy.types.eclipselink;

import dev.advancedalchemy.types.internal.eclipselink.ColumnTypeInstaller;
import dev.advancedalchemy.types.internal.eclipselink.PgCryptoGuard;
import dev.advancedalchemy.types.internal.eclipselink.SecretSafeInstaller;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Makes EclipseLink 5 declare and bind the columns of {@link dev.advancedalchemy.types.JsonConverter},
 * {@link dev.advancedalchemy.types.UtcInstantConverter}, {@link dev.advancedalchemy.types.UtcOffsetDateTimeConverter},
 * {@link dev.advancedalchemy.types.GuidConverter} and {@link dev.advancedalchemy.types.GuidHexConverter} per
 * database, exactly as Hibernate does for the same entity, and rejects {@link dev.advancedalchemy.types.PgCrypto}
 * attributes, which EclipseLink cannot map (see there).
 *
 * <p>Register it once per persistence unit:
 *
 * <pre>{@code
 * <property name="eclipselink.session.customizer"
 *           value="dev.advancedalchemy.types.eclipselink.AlchemyColumnTypes"/>
 * }</pre>
 *
 * or per entity with {@code @org.eclipse.persistence.annotations.Customizer(AlchemyColumnTypes.class)}. If the unit
 * already has a session customizer, call {@code new AlchemyColumnTypes().customize(session)} from it.
 *
 * <p>What it does, per attribute whose JPA {@code @Convert} names one of those converters (or a subclass):
 *
 * <table>
 *   <caption>column declarations</caption>
 *   <tr><th>converter</th><th>PostgreSQL</th><th>MariaDB / MySQL</th><th>H2</th></tr>
 *   <tr><td>JSON</td><td>{@code JSONB}, bound as {@code Types.OTHER}</td><td>{@code JSON} (LONGTEXT with a
 *   {@code JSON_VALID} check)</td><td>{@code JSON}, bound as UTF-8 bytes</td></tr>
 *   <tr><td>UTC date-time</td><td>{@code TIMESTAMP(6) WITH TIME ZONE}</td><td>{@code DATETIME(6)} in UTC</td>
 *   <td>{@code TIMESTAMP(6) WITH TIME ZONE}</td></tr>
 *   <tr><td>GUID</td><td>{@code UUID}</td><td>{@code BINARY(16)} big-endian</td><td>{@code UUID}</td></tr>
 *   <tr><td>GUID hex</td><td>refused (use GUID)</td><td>{@code CHAR(32)}</td><td>{@code CHAR(32)}</td></tr>
 * </table>
 *
 * <p>A {@code columnDefinition} on the attribute's {@code @Column} wins over these declarations. Converters are
 * created with their no-argument constructor (EclipseLink's CDI injection into them does not apply). Converters
 * that implement {@link dev.advancedalchemy.types.Opaque} also get the value-free error wrapping of
 * {@link EncryptedColumns}. Other attributes are left untouched.
 */
public class AlchemyColumnTypes implements SessionCustomizer, DescriptorCustomizer {

    /**
     * Installs the column types on every entity of the session.
     *
     * @throws dev.advancedalchemy.exceptions.RepositoryDefinitionException when a converter cannot be loaded or has
     *     no no-argument constructor, for a {@link dev.advancedalchemy.types.PgCrypto} attribute, or (when the
     *     descriptors are initialized) for a {@link dev.advancedalchemy.types.GuidHexConverter} on a database with a
     *     native UUID type; the message names the entity and attribute
     */
    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            customize(descriptor);
        }
    }

    /**
     * Installs the column types on one entity.
     *
     * @throws dev.advancedalchemy.exceptions.RepositoryDefinitionException as for {@link #customize(Session)}
     */
    @Override
    public void customize(ClassDescriptor descriptor) {
        PgCryptoGuard.check(descriptor);
        ColumnTypeInstaller.install(descriptor);
        SecretSafeInstaller.install(descriptor);
    }
}
