package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The rule of {@link DatabaseMatrixExtension#require}: skip only on request, fail when unreachable. */
class DatabasePolicyTest {
    private final List<Db> started = new ArrayList<>();

    private DatabaseServer unreachable(Db db) {
        started.add(db);
        return DatabaseServer.unavailable(db, "ALCHEMY_TEST_MARIADB_URL is not set; embedded MariaDB failed");
    }

    @Test
    void anUnreachableDatabaseFailsWithWhatWasTriedAndHowToSkipIt() {
        DatabaseSelection all = DatabaseSelection.parse(null, null);
        assertThatThrownBy(() -> DatabaseMatrixExtension.require(Db.MARIADB, all, this::unreachable))
                .isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("mariadb cannot be reached, so this test fails")
                .hasMessageContaining("ALCHEMY_TEST_MARIADB_URL is not set; embedded MariaDB failed")
                .hasMessageContaining("-Dalchemy.test.databases=h2,postgresql")
                .hasMessageContaining("ALCHEMY_TEST_DATABASES=h2,postgresql");
    }

    @Test
    void aDatabaseLeftOutIsSkippedAndNeverStarted() {
        DatabaseSelection selection = DatabaseSelection.parse("h2,postgresql", null);
        assertThatThrownBy(() -> DatabaseMatrixExtension.require(Db.MARIADB, selection, this::unreachable))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("mariadb skipped on request (-Dalchemy.test.databases=h2,postgresql)");
        assertThat(started).isEmpty();
    }

    @Test
    void aSelectedDatabaseThatIsReachableIsReturned() {
        DatabaseServer h2 = DatabaseServer.resolve(Db.H2);
        DatabaseSelection selection = DatabaseSelection.parse("h2", null);
        assertThat(DatabaseMatrixExtension.require(Db.H2, selection, db -> h2)).isSameAs(h2);
    }

    @Test
    void theOnlySelectedDatabaseFailingSaysToLeaveItOut() {
        DatabaseSelection selection = DatabaseSelection.parse("mariadb", null);
        assertThatThrownBy(() -> DatabaseMatrixExtension.require(Db.MARIADB, selection, this::unreachable))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("leave it out of -Dalchemy.test.databases (-Dalchemy.test.databases=mariadb)");
    }
}
