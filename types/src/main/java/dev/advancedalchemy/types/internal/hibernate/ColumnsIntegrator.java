package dev.advancedalchemy.types.internal.hibernate;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.types.GuidHexConverter;
import dev.advancedalchemy.types.PgCrypto;
import dev.advancedalchemy.types.internal.columns.AttributeAnnotations;
import dev.advancedalchemy.types.internal.columns.GuidStorage;
import dev.advancedalchemy.types.internal.crypto.EncryptionKeyConfig;
import dev.advancedalchemy.types.internal.crypto.PgCryptoSql;
import dev.advancedalchemy.types.spi.Database;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SimpleValue;

/**
 * Adjusts Hibernate's boot model before the entity persisters are built: {@code CHAR(32)} columns for
 * {@link GuidHexConverter} attributes and pgcrypto read/write SQL for {@link PgCrypto} attributes, failing deployment
 * where the database cannot hold them. Registered through {@code META-INF/services}.
 */
public final class ColumnsIntegrator implements Integrator {
    /** For Hibernate's service loading. */
    public ColumnsIntegrator() {}

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        Dialect dialect = factory.getJdbcServices().getDialect();
        Database kind = Database.fromClass(dialect.getClass());
        Set<String> problems = new LinkedHashSet<>(); // a subclass repeats its superclass's properties
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getClassName() == null) {
                continue; // a dynamic-map entity has no Java attributes to annotate
            }
            for (Property property : entity.getPropertyClosure()) {
                String where = entity.getEntityName() + "." + property.getName();
                if (isConvertedBy(property, GuidHexConverter.class)) {
                    guidHex(property, kind, where).ifPresent(problems::add);
                }
                Optional<PgCrypto> pgCrypto =
                        AttributeAnnotations.find(entity.getMappedClass(), property.getName(), PgCrypto.class);
                if (pgCrypto.isPresent()) {
                    pgCrypto(property, pgCrypto.get(), kind, dialect, where).ifPresent(problems::add);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RepositoryDefinitionException(List.copyOf(problems));
        }
    }

    private static Optional<String> guidHex(Property property, Database kind, String where) {
        Optional<String> unsupported = GuidStorage.hex().unsupportedReason(kind);
        if (unsupported.isPresent()) {
            return Optional.of(where + ": " + unsupported.get());
        }
        for (Column column : property.getColumns()) {
            if (column.getSqlType() == null) { // an explicit columnDefinition wins
                column.setSqlType(GuidStorage.hex().columnDefinition(kind).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pgCrypto(
            Property property, PgCrypto settings, Database kind, Dialect dialect, String where) {
        if (kind != Database.POSTGRESQL) {
            return Optional.of(where
                    + ": @PgCrypto needs PostgreSQL with the pgcrypto extension, but this unit runs on "
                    + dialect.getClass().getSimpleName() + "; use EncryptedString (Fernet) for other databases");
        }
        if (!(property.getValue() instanceof SimpleValue)
                || property.getColumns().size() != 1) {
            return Optional.of(where + ": @PgCrypto applies to a basic String attribute mapped to one column");
        }
        List<String> keys = EncryptionKeyConfig.keys(settings.key());
        if (keys.isEmpty()) {
            return Optional.of(where + ": no encryption key configured for @PgCrypto; set "
                    + (settings.key().isEmpty()
                            ? EncryptionKeyConfig.DEFAULT_KEY
                            : EncryptionKeyConfig.propertyFor(settings.key()))
                    + " in MicroProfile Config, a system property or the environment");
        }
        PgCryptoSql sql = PgCryptoSql.forKey(keys.get(0));
        Column column = property.getColumns().get(0);
        column.setCustomRead(sql.read(column.getQuotedName(dialect)));
        column.setCustomWrite(sql.write());
        return Optional.empty();
    }

    private static boolean isConvertedBy(Property property, Class<?> converter) {
        if (property.getValue() instanceof SimpleValue value && value.getJpaAttributeConverterDescriptor() != null) {
            return converter.isAssignableFrom(
                    value.getJpaAttributeConverterDescriptor().getAttributeConverterClass());
        }
        return false;
    }
}
