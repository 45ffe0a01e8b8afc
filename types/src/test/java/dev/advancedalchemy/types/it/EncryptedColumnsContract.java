package dev.advancedalchemy.types.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.types.Argon2Hasher;
import dev.advancedalchemy.types.Fernet;
import dev.advancedalchemy.types.FernetKeyRing;
import dev.advancedalchemy.types.HashedPassword;
import dev.advancedalchemy.types.Reencrypt;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The crypto column types through a real JPA provider on H2, PostgreSQL and MariaDB; the subclass says which
 * provider. Keys come from the system property fallback ({@code alchemy.encryption.keys.it}).
 */
abstract class EncryptedColumnsContract {
    static final String NEW_KEY = "it key 2026";
    static final String OLD_KEY = "it key 2019";
    static final Argon2Hasher CHEAP = new Argon2Hasher("argon2id", 64, 1, 1, 16, 32);

    /** Creates the provider's factory for {@link CryptoAccount} on {@code db}, creating the table. */
    abstract EntityManagerFactory createFactory(TestDatabase db);

    @BeforeAll
    static void configureKeys() {
        System.setProperty("alchemy.encryption.keys.it", NEW_KEY + "," + OLD_KEY);
    }

    @AfterAll
    static void clearKeys() {
        System.clearProperty("alchemy.encryption.keys.it");
    }

    private EntityManagerFactory emf(TestDatabase db) {
        return db.shared("emf", () -> createFactory(db));
    }

    private void inTransaction(TestDatabase db, Consumer<EntityManager> work) {
        EntityManager em = emf(db).createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static String column(TestDatabase db, String column, long id) throws Exception {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM crypto_account WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("row %s exists", id).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static void assertConversionFailure(
            ThrowableAssert.ThrowingCallable call, String id, String secret, String... parts) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown)
                .as("the provider wraps or rethrows the converter's error")
                .isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .as("message of %s", t.getClass())
                    .doesNotContain(secret);
        }
        Throwable t = thrown;
        while (t != null && !(t instanceof ConversionException)) {
            t = t.getCause();
        }
        assertThat(t)
                .as("a ConversionException in the cause chain of %s", thrown)
                .isNotNull();
        assertThat(((ConversionException) t).messageId()).isEqualTo(id);
        assertThat(t.getMessage()).contains(parts);
    }

    @DatabaseTest
    void storesFernetTokensAndPhcStringsAndReadsPlaintextBack(TestDatabase db) throws Exception {
        String notes = "Allergic to penicillin. ".repeat(1_600); // 38 KB: a token of 52 KB fits MariaDB's TEXT
        inTransaction(
                db,
                em -> em.persist(new CryptoAccount(
                        1, "sk_live_51HxYz", notes, HashedPassword.create("hunter2".toCharArray(), CHEAP))));

        EntityManager em = emf(db).createEntityManager();
        try {
            CryptoAccount read = em.find(CryptoAccount.class, 1L);
            assertThat(read.getApiKey()).isEqualTo("sk_live_51HxYz");
            assertThat(read.getNotes()).isEqualTo(notes);
            assertThat(read.getPassword().verify("hunter2".toCharArray())).isTrue();
            assertThat(read.getPassword().verify("hunter3".toCharArray())).isFalse();
        } finally {
            em.close();
        }

        String apiKeyColumn = column(db, "api_key", 1);
        assertThat(apiKeyColumn).startsWith("gAAAAA").doesNotContain("sk_live");
        assertThat(Fernet.fromKeyString(NEW_KEY).decrypt(apiKeyColumn)).isEqualTo("sk_live_51HxYz");
        assertThat(Fernet.fromKeyString(NEW_KEY).decrypt(column(db, "notes", 1)))
                .isEqualTo(notes);
        assertThat(column(db, "password_hash", 1)).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    }

    @DatabaseTest
    void nullsStayNull(TestDatabase db) throws Exception {
        inTransaction(db, em -> em.persist(new CryptoAccount(2, null, null, null)));

        EntityManager em = emf(db).createEntityManager();
        try {
            CryptoAccount read = em.find(CryptoAccount.class, 2L);
            assertThat(read.getApiKey()).isNull();
            assertThat(read.getNotes()).isNull();
            assertThat(read.getPassword()).isNull();
        } finally {
            em.close();
        }
        assertThat(column(db, "api_key", 2)).isNull();
    }

    @DatabaseTest
    void tooLongValueFailsBeforeTheDatabaseAndNothingIsWritten(TestDatabase db) throws Exception {
        String tooLong = "k".repeat(100); // the token would need 216 characters, the column holds 200
        assertConversionFailure(
                () -> inTransaction(db, em -> {
                    em.persist(new CryptoAccount(3, tooLong, null, null));
                    em.flush();
                }),
                "ALCH-1462",
                tooLong,
                "CryptoAccount.apiKey",
                "holds 200");
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM crypto_account WHERE id = 3")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @DatabaseTest
    void valueOfAnUnknownKeyFailsNamingTheColumnButNoSecret(TestDatabase db) throws Exception {
        inTransaction(db, em -> em.persist(new CryptoAccount(4, "original", null, null)));
        String foreign = Fernet.fromKeyString("attacker key").encrypt("planted");
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("UPDATE crypto_account SET api_key = ? WHERE id = 4")) {
            s.setString(1, foreign);
            s.executeUpdate();
        }

        EntityManager em = emf(db).createEntityManager();
        try {
            assertConversionFailure(
                    () -> em.find(CryptoAccount.class, 4L),
                    "ALCH-1460",
                    foreign,
                    "cannot decrypt CryptoAccount.apiKey");
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> em.find(CryptoAccount.class, 4L));
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage()))
                        .doesNotContain(foreign)
                        .doesNotContain("planted")
                        .doesNotContain(NEW_KEY);
            }
        } finally {
            em.close();
            try (Connection c = db.connection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM crypto_account WHERE id = 4"); // Reencrypt would (rightly) stop at it
            }
        }
    }

    @DatabaseTest
    void reencryptMovesOldKeyValuesToTheNewKey(TestDatabase db) throws Exception {
        emf(db); // creates the table
        Fernet old = Fernet.fromKeyString(OLD_KEY);
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("INSERT INTO crypto_account (id, api_key) VALUES (?, ?)")) {
            for (long id = 100; id < 107; id++) {
                s.setLong(1, id);
                s.setString(2, id == 106 ? null : old.encrypt("value " + id));
                s.executeUpdate();
            }
        }
        inTransaction(db, em -> em.persist(new CryptoAccount(107, "already new", null, null)));

        FernetKeyRing ring = FernetKeyRing.ofKeyStrings(List.of(NEW_KEY, OLD_KEY));
        Reencrypt.Result result;
        try (Connection c = db.connection()) {
            result = Reencrypt.column("crypto_account", "id", "api_key")
                    .batchSize(3)
                    .run(c, ring);
        }

        long before = 100;
        assertThat(result.reencrypted()).isEqualTo(6);
        assertThat(result.nulls()).isGreaterThanOrEqualTo(1);
        for (long id = before; id < 106; id++) {
            String token = column(db, "api_key", id);
            assertThat(ring.isPrimary(token)).as("row %s", id).isTrue();
            assertThat(Fernet.fromKeyString(NEW_KEY).decrypt(token)).isEqualTo("value " + id);
        }
        EntityManager em = emf(db).createEntityManager();
        try {
            assertThat(em.find(CryptoAccount.class, 105L).getApiKey()).isEqualTo("value 105");
            assertThat(em.find(CryptoAccount.class, 107L).getApiKey()).isEqualTo("already new");
        } finally {
            em.close();
        }
        try (Connection c = db.connection()) {
            assertThat(Reencrypt.column("crypto_account", "id", "api_key")
                            .run(c, ring)
                            .reencrypted())
                    .as("a second run finds nothing left")
                    .isZero();
        }
    }
}
