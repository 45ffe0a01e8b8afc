package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.types.PgCrypto;
import dev.advancedalchemy.types.internal.columns.AttributeAnnotations;
import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * Fails deployment for {@link PgCrypto} attributes: EclipseLink 5 has no per-column SQL read/write expression
 * ({@code DatabaseField} carries a name, type and DDL only; transformation mappings run in Java; descriptor custom
 * SQL replaces whole statements and never reaches JPQL selects or WHERE clauses), so the attribute would be stored
 * in plaintext.
 */
public final class PgCryptoGuard {
    private PgCryptoGuard() {}

    /**
     * Checks every mapping of {@code descriptor}.
     *
     * @throws RepositoryDefinitionException naming each {@code @PgCrypto} attribute
     */
    public static void check(ClassDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        for (DatabaseMapping mapping : Descriptors.mappings(descriptor)) {
            if (AttributeAnnotations.find(descriptor.getJavaClass(), mapping.getAttributeName(), PgCrypto.class)
                    .isPresent()) {
                problems.add(descriptor.getJavaClassName() + "." + mapping.getAttributeName()
                        + ": @PgCrypto is not supported on EclipseLink, which offers no per-column SQL read/write"
                        + " expression for pgp_sym_encrypt/pgp_sym_decrypt (the value would be stored in plaintext);"
                        + " use EncryptedString (Fernet, byte-compatible with the Python library) or Hibernate ORM");
            }
        }
        if (!problems.isEmpty()) {
            throw new RepositoryDefinitionException(problems);
        }
    }
}
