package dev.advancedalchemy.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.cdi.SeContainer;
import java.util.HashMap;
import java.util.Map;

/**
 * An entity whose table the database refuses to create (its default name is a reserved word) fails deployment with
 * ALCH-1303 naming the entity, the table and the fix, instead of deploying with a logged warning and failing at the
 * first insert. {@code ORDER} is reserved everywhere; {@code USER} on H2 and PostgreSQL only, so MariaDB deploys it.
 */
class SchemaGenerationIT {
    private static Map<String, String> unit(String unit, TestDatabase db) {
        Map<String, String> config = new HashMap<>();
        config.put("alchemy.units." + unit + ".url", db.jdbcUrl());
        config.put("alchemy.units." + unit + ".user", db.user());
        config.put("alchemy.units." + unit + ".password", db.password());
        config.put("alchemy.units." + unit + ".properties.jakarta.persistence.jdbc.driver", db.driverClassName());
        return config;
    }

    private static String product(TestDatabase db) {
        return switch (db.db()) {
            case H2 -> "H2";
            case POSTGRES -> "PostgreSQL";
            case MARIADB -> "MariaDB";
        };
    }

    private static String expected(String unit, String entity, String table, TestDatabase db) {
        return "ALCH-1303: schema generation (jakarta.persistence.schema-generation.database.action=drop-and-create)"
                + " of persistence unit '" + unit + "' did not create the table of entity " + entity + " (table "
                + table + ") on " + product(db) + ": the database refused the CREATE TABLE, which the provider only"
                + " logged as a warning, usually because the table name is a reserved word (user, order, group, …)"
                + " — fix: name the table with @Table(name = \"…\") (for example a plural), or have the provider"
                + " quote identifiers (EclipseLink: <delimited-identifiers/> in the <persistence-unit-defaults> of an"
                + " orm.xml; Hibernate: hibernate.auto_quote_keyword=true)";
    }

    @DatabaseTest
    void anEntityNamedOrderFailsDeploymentNamingEntityTableAndFix(TestDatabase db) {
        Throwable thrown = catchThrowable(
                () -> SeContainer.start(unit("orders", db), Orders.class).close());

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        AdvancedAlchemyException.class,
                        e -> assertThat(e.messageId()).isEqualTo("ALCH-1303"))
                .hasMessage(expected("orders", "Order", "ORDER", db));
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void anEntityNamedUserFailsDeploymentWhereUserIsReserved(TestDatabase db) {
        Throwable thrown = catchThrowable(
                () -> SeContainer.start(unit("users", db), Users.class).close());

        assertThat(thrown).hasMessage(expected("users", "User", "USER", db));
    }

    @DatabaseTest(only = Db.MARIADB)
    void onMariaDbUserIsNoReservedWordSoTheUnitDeploysAndStores(TestDatabase db) {
        try (SeContainer app = SeContainer.start(unit("users", db), Users.class)) {
            Users users = app.select(Users.class);
            users.add(new User(1, "Ada"));

            assertThat(users.get(1L).getName()).isEqualTo("Ada");
        }
    }
}
