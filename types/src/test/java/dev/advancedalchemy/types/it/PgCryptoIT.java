package dev.advancedalchemy.types.it;

import static dev.advancedalchemy.types.it.GuidConverterIT.rootDefinitionError;
import static dev.advancedalchemy.types.it.JsonConverterIT.inTx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@code @PgCrypto} on plain Hibernate 7 and PostgreSQL 15 with the {@code pgcrypto} extension (installed into this
 * class's own schema), checked against the SQL of Python's {@code PGCryptoBackend}: writes
 * {@code armor(pgp_sym_encrypt(value, passphrase))}, reads {@code pgp_sym_decrypt(dearmor(column), passphrase)},
 * {@code passphrase = base64.urlsafe_b64encode(key.encode())}. Deployment errors on other databases and on
 * EclipseLink.
 */
class PgCryptoIT {
    static final String KEY_NAME = "pgcrypto-it";
    static final String KEY = "pgcrypto test key ✓";

    /** Python: {@code base64.urlsafe_b64encode("pgcrypto test key ✓".encode()).decode()}. */
    static final String PYTHON_PASSPHRASE = "cGdjcnlwdG8gdGVzdCBrZXkg4pyT";

    static final String SSN = "078-05-1120";

    @BeforeAll
    static void configureKey() {
        System.setProperty("alchemy.encryption.keys." + KEY_NAME, KEY);
    }

    @AfterAll
    static void removeKey() {
        System.clearProperty("alchemy.encryption.keys." + KEY_NAME);
    }

    @DatabaseTest(only = Db.POSTGRES)
    void encryptsInsertsUpdatesAndDecryptsSelectsAndWhereOnHibernate(TestDatabase db) throws Exception {
        installPgcrypto(db);
        EntityManagerFactory emf = Units.HIBERNATE.create(db, PgSecret.class);
        try {
            inTx(emf, em -> {
                em.persist(secret(1L, SSN, "first"));
                em.persist(secret(2L, null, "empty"));
            });

            // the table holds ASCII-armored PGP messages that Python's column_expression decrypts
            assertThat(raw(db, 1L)).startsWith("-----BEGIN PGP MESSAGE-----").doesNotContain(SSN);
            assertThat(raw(db, 2L)).isNull();
            assertThat(decryptAsPython(db, 1L)).isEqualTo(SSN);

            // a row written as Python's bind_expression writes it is read back
            try (Connection c = db.connection();
                    PreparedStatement ps = c.prepareStatement("insert into pg_secret (id, secret, label)"
                            + " values (3, armor(pgp_sym_encrypt(?, ?)), 'python')")) {
                ps.setString(1, "written by python");
                ps.setString(2, PYTHON_PASSPHRASE);
                ps.executeUpdate();
            }
            assertThat(find(emf, 3L).secret).isEqualTo("written by python");
            assertThat(find(emf, 1L).secret).isEqualTo(SSN);
            assertThat(find(emf, 2L).secret).isNull();

            // WHERE and projections see the plaintext through the read expression
            EntityManager em = emf.createEntityManager();
            try {
                assertThat(em.createQuery("select p.id from PgSecret p where p.secret = :s", Long.class)
                                .setParameter("s", SSN)
                                .getResultList())
                        .containsExactly(1L);
                assertThat(em.createQuery("select p.secret from PgSecret p where p.label = 'python'", String.class)
                                .getSingleResult())
                        .isEqualTo("written by python");
                assertThat(em.createQuery("select p.id from PgSecret p where p.secret like '078-%'", Long.class)
                                .getResultList())
                        .containsExactly(1L);
            } finally {
                em.close();
            }

            // updates encrypt again
            String before = raw(db, 1L);
            inTx(emf, tx -> tx.find(PgSecret.class, 1L).secret = "219-09-9999");
            assertThat(raw(db, 1L)).isNotEqualTo(before).doesNotContain("219-09-9999");
            assertThat(decryptAsPython(db, 1L)).isEqualTo("219-09-9999");
            assertThat(find(emf, 1L).secret).isEqualTo("219-09-9999");
        } finally {
            emf.close();
        }
    }

    @DatabaseTest(only = Db.POSTGRES)
    void aMissingKeyFailsDeploymentOnHibernate(TestDatabase db) {
        assertThatThrownBy(() ->
                        Units.HIBERNATE.create(db, PgSecretWithoutKey.class).close())
                .satisfies(e -> assertThat(rootDefinitionError(e))
                        .isNotNull()
                        .satisfies(d -> assertThat(d.getMessage())
                                .contains("PgSecretWithoutKey.secret")
                                .contains("alchemy.encryption.keys.pgcrypto-it-unset")));
    }

    @DatabaseTest(only = {Db.H2, Db.MARIADB})
    void otherDatabasesFailDeploymentOnHibernate(TestDatabase db) {
        assertThatThrownBy(() -> Units.HIBERNATE.create(db, PgSecret.class).close())
                .satisfies(e -> assertThat(rootDefinitionError(e))
                        .isNotNull()
                        .satisfies(d -> assertThat(d.getMessage())
                                .contains("PgSecret.secret")
                                .contains("needs PostgreSQL")
                                .doesNotContain(KEY)
                                .doesNotContain(PYTHON_PASSPHRASE)));
    }

    @DatabaseTest
    void eclipseLinkFailsDeployment(TestDatabase db) {
        assertThatThrownBy(() -> {
                    EntityManagerFactory emf = Units.ECLIPSELINK.create(db, PgSecret.class);
                    try {
                        emf.createEntityManager().close(); // EclipseLink deploys on first use
                    } finally {
                        emf.close();
                    }
                })
                .satisfies(e -> assertThat(rootDefinitionError(e))
                        .isNotNull()
                        .satisfies(d -> assertThat(d.getMessage())
                                .contains("PgSecret.secret")
                                .contains("not supported on EclipseLink")
                                .contains("EncryptedString")))
                .satisfies(e -> assertThat(GuidConverterIT.messages(e))
                        .as("the message a user sees names the attribute")
                        .contains("PgSecret.secret"));
    }

    private static void installPgcrypto(TestDatabase db) throws SQLException {
        try (Connection c = db.connection();
                var st = c.createStatement()) {
            // into this class's schema, which the test-support drops (with the extension) after the class
            st.execute("create extension if not exists pgcrypto schema \"" + db.schema() + "\"");
            try (ResultSet rs = st.executeQuery(
                    "select extnamespace::regnamespace::text from pg_extension where extname = 'pgcrypto'")) {
                rs.next();
                assertThat(rs.getString(1))
                        .as("pgcrypto must be installed in this test's schema (another schema holds it)")
                        .isIn(db.schema(), "\"" + db.schema() + "\"");
            }
        }
    }

    private static String raw(TestDatabase db, long id) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select secret from pg_secret where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String decryptAsPython(TestDatabase db, long id) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement("select pgp_sym_decrypt(dearmor(secret), ?) from pg_secret where id = ?")) {
            ps.setString(1, PYTHON_PASSPHRASE);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static PgSecret secret(long id, String value, String label) {
        PgSecret s = new PgSecret();
        s.id = id;
        s.secret = value;
        s.label = label;
        return s;
    }

    private static PgSecret find(EntityManagerFactory emf, long id) {
        return GuidConverterIT.find(emf, PgSecret.class, id);
    }
}
