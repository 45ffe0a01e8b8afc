package dev.advancedalchemy.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.cdi.SeContainer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A unit that maps encrypted attributes fails deployment when their key is not configured: one ALCH-1465 lists every
 * attribute with the property to set, and attributes whose converter has its keys in code are not listed. With the
 * keys configured the unit deploys and encrypts. The check reads the metamodel, not the database: H2 suffices.
 */
class EncryptionKeysIT {
    private static Map<String, String> unit(TestDatabase db) {
        Map<String, String> config = new HashMap<>();
        config.put("alchemy.units.secrets.url", db.jdbcUrl());
        config.put("alchemy.units.secrets.user", db.user());
        config.put("alchemy.units.secrets.password", db.password());
        return config;
    }

    @DatabaseTest(only = Db.H2)
    void withoutKeysDeploymentFailsListingEveryEncryptedAttributeOnce(TestDatabase db) {
        Throwable thrown =
                catchThrowable(() -> SeContainer.start(unit(db), Secrets.class).close());

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        AdvancedAlchemyException.class,
                        e -> assertThat(e.messageId()).isEqualTo("ALCH-1465"))
                .hasMessage("ALCH-1465: no encryption key is configured for encrypted attributes: Secret.notes,"
                        + " Secret.token (persistence unit 'secrets') need alchemy.encryption.key (or the list"
                        + " alchemy.encryption.keys); Secret.pin (persistence unit 'secrets') needs"
                        + " alchemy.encryption.keys.pins — fix: set the key in MicroProfile Config, a system property"
                        + " or the environment (for example ALCHEMY_ENCRYPTION_KEY); without it every write of these"
                        + " attributes fails");
    }

    @DatabaseTest(only = Db.H2)
    void aMissingNamedKeyAloneIsReported(TestDatabase db) {
        Map<String, String> config = unit(db);
        config.put("alchemy.encryption.key", "the default key of the test");

        Throwable thrown =
                catchThrowable(() -> SeContainer.start(config, Secrets.class).close());

        assertThat(thrown)
                .hasMessageStartingWith("ALCH-1465: no encryption key is configured for encrypted attributes:"
                        + " Secret.pin (persistence unit 'secrets') needs alchemy.encryption.keys.pins — fix:");
    }

    @DatabaseTest(only = Db.H2)
    void withTheKeysTheUnitDeploysAndStoresCiphertext(TestDatabase db) throws Exception {
        Map<String, String> config = unit(db);
        config.put("alchemy.encryption.key", "the default key of the test");
        config.put("alchemy.encryption.keys.pins", "the pin key of the test");

        try (SeContainer app = SeContainer.start(config, Secrets.class)) {
            Secrets secrets = app.select(Secrets.class);
            secrets.add(new Secret(1, "t0ken", "some notes", "1234", "b4dge"));

            Secret read = secrets.get(1L);
            assertThat(read.getToken()).isEqualTo("t0ken");
            assertThat(read.getPin()).isEqualTo("1234");
            assertThat(read.getBadge()).isEqualTo("b4dge");
            try (Connection c = db.connection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT token, pin FROM dp_secret")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNotEqualTo("t0ken").startsWith("gAAAAA");
                assertThat(rs.getString(2)).isNotEqualTo("1234").startsWith("gAAAAA");
            }
        }
    }
}
