package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseSelectionTest {
    @Test
    void runsEveryDatabaseWhenNothingIsSet() {
        DatabaseSelection all = DatabaseSelection.parse(null, null);
        assertThat(all.included()).containsExactly(Db.H2, Db.POSTGRES, Db.MARIADB);
        assertThat(all.skipped()).isEmpty();
        assertThat(all.announcement()).isNull();
        assertThat(DatabaseSelection.parse("  ", "")).isEqualTo(all);
    }

    @Test
    void readsTheListedDatabasesInMatrixOrder() {
        DatabaseSelection selection = DatabaseSelection.parse(" MariaDB , h2,", null);
        assertThat(selection.included()).containsExactly(Db.H2, Db.MARIADB);
        assertThat(selection.skipped()).containsExactly(Db.POSTGRES);
        assertThat(selection.setting()).isEqualTo("-Dalchemy.test.databases=MariaDB , h2,");
    }

    @Test
    void acceptsPostgresAsAnotherNameForPostgresql() {
        assertThat(DatabaseSelection.parse("postgres", null).included()).containsExactly(Db.POSTGRES);
        assertThat(DatabaseSelection.parse("postgresql", null).included()).containsExactly(Db.POSTGRES);
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentVariable() {
        assertThat(DatabaseSelection.parse("h2", "mariadb").included()).containsExactly(Db.H2);
        DatabaseSelection fromEnv = DatabaseSelection.parse(null, "h2,postgresql");
        assertThat(fromEnv.included()).containsExactly(Db.H2, Db.POSTGRES);
        assertThat(fromEnv.setting()).isEqualTo("ALCHEMY_TEST_DATABASES=h2,postgresql");
    }

    @Test
    void anUnknownNameFailsListingTheValidOnes() {
        assertThatThrownBy(() -> DatabaseSelection.parse("h2,oracle", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown database 'oracle'")
                .hasMessageContaining("-Dalchemy.test.databases=h2,oracle")
                .hasMessageContaining("valid names: h2, postgresql, mariadb");
        assertThatThrownBy(() -> DatabaseSelection.parse(null, "mysql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALCHEMY_TEST_DATABASES=mysql");
    }

    @Test
    void aListOfNoNameFails() {
        assertThatThrownBy(() -> DatabaseSelection.parse(" , ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no database");
    }

    @Test
    void announcesWhatItSkipsOnRequest() {
        assertThat(DatabaseSelection.parse("h2,postgresql", null).announcement())
                .isEqualTo("[database matrix] SKIPPED ON REQUEST (-Dalchemy.test.databases=h2,postgresql): mariadb;"
                        + " running only h2, postgresql");
    }
}
