package dev.advancedalchemy.types;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Encrypts a {@code String} attribute inside PostgreSQL with the {@code pgcrypto} extension, as the Python library's
 * {@code EncryptedString(backend=PGCryptoBackend)} does: written as
 * {@code armor(pgp_sym_encrypt(value, passphrase))}, read as {@code pgp_sym_decrypt(dearmor(column), passphrase)},
 * with {@code passphrase = base64url(UTF-8 key string)}, so rows are shared with a Python service using the same key.
 *
 * <pre>{@code
 * // alchemy.encryption.key=<a long random string>;  once per database: CREATE EXTENSION IF NOT EXISTS pgcrypto
 * @PgCrypto
 * @Column(name = "ssn", columnDefinition = "text")
 * private String ssn;
 *
 * em.createQuery("select p from Patient p where p.ssn = :ssn", Patient.class)   // compares the decrypted value
 *         .setParameter("ssn", "078-05-1120");
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Hibernate 7 only.</b> The library's Hibernate integrator (registered through {@code ServiceLoader}; nothing
 *       to configure) gives the column {@code @ColumnTransformer}-style read and write SQL, so inserts, updates,
 *       selects and JPQL/Criteria {@code WHERE} clauses all see the plaintext while the table holds ciphertext.
 *   <li><b>EclipseLink 5 cannot do this</b>: it has no per-column SQL read/write expression, so
 *       {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} fails deployment for a {@code @PgCrypto} attribute. Use
 *       {@link EncryptedString} (Fernet) there. Without it EclipseLink ignores this annotation and would store
 *       plaintext.
 *   <li>Only on PostgreSQL: on any other database deployment fails with a
 *       {@link dev.advancedalchemy.exceptions.RepositoryDefinitionException} naming entity and attribute.
 *   <li>The key is read at deployment: {@link #key()} {@code ""} uses {@code alchemy.encryption.key} (or the first of
 *       {@code alchemy.encryption.keys}), a name {@code n} the first of {@code alchemy.encryption.keys.n}. A missing
 *       key fails deployment. There is no key rotation for pgcrypto columns (nor in Python).
 *   <li>The passphrase travels in the SQL text (pgcrypto decrypts on the server): keep SQL statement logging
 *       ({@code hibernate.show_sql}, {@code log_statement} on the server) off for such units in production.
 *   <li>The armored ciphertext is longer than the value (about 1.4 × its UTF-8 bytes plus 150 characters): prefer a
 *       {@code text} column. A value encrypted with another key fails on read with PostgreSQL's
 *       {@code Wrong key or corrupt data}.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface PgCrypto {
    /** The key name: {@code ""} for the default key, otherwise the {@code n} of {@code alchemy.encryption.keys.n}. */
    String key() default "";
}
