package dev.advancedalchemy.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.cdi.SeContainer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Retry of the outermost @Transactional method on serialization failures: two writers race on one PostgreSQL row
 * under SERIALIZABLE isolation (forced to conflict by a latch: both read before either writes).
 */
class RetryIT {
    private static SeContainer start(TestDatabase db, Map<String, String> extra) {
        Map<String, String> config = SeContainer.unitOn(db);
        if (db.db() == Db.POSTGRES) {
            // every transaction of the unit runs SERIALIZABLE (a server option passed by the PostgreSQL driver)
            String url = db.jdbcUrl();
            config.put(
                    "alchemy.units.txunit.url",
                    url + (url.contains("?") ? "&" : "?") + "options=-c%20default_transaction_isolation=serializable");
        }
        config.putAll(extra);
        return SeContainer.start(config, TallyRepository.class, Tallies.class, Tallies.Nested.class);
    }

    @DatabaseTest(only = Db.POSTGRES)
    void withRetryBothRacingWritersSucceedAndTheTotalCountsBoth(TestDatabase db) throws Exception {
        try (SeContainer app = start(
                db,
                Map.of(
                        "alchemy.units.txunit.retry.max-attempts",
                        "3",
                        "alchemy.units.txunit.retry.initial-backoff",
                        "5"))) {
            Tallies tallies = app.select(Tallies.class);
            app.select(TallyRepository.class).add(new Tally(1, 0));

            List<Throwable> failures = race(tallies, 1);

            assertThat(failures).isEmpty();
            assertThat(total(db, 1)).isEqualTo(2);
            assertThat(tallies.attempts()).as("the loser ran a second time").isEqualTo(3);
        }
    }

    @DatabaseTest(only = Db.POSTGRES)
    void withoutRetryTheLoserGetsTheSerializationFailure(TestDatabase db) throws Exception {
        try (SeContainer app = start(db, Map.of())) {
            Tallies tallies = app.select(Tallies.class);
            app.select(TallyRepository.class).add(new Tally(2, 0));

            List<Throwable> failures = race(tallies, 2);

            assertThat(failures)
                    .singleElement()
                    .satisfies(f -> assertThat(sqlState(f)).isEqualTo("40001"));
            assertThat(total(db, 2)).isEqualTo(1);
            assertThat(tallies.attempts()).isEqualTo(2);
        }
    }

    @DatabaseTest(only = Db.H2)
    void retriesUpToMaxAttemptsThenThrows(TestDatabase db) {
        try (SeContainer app = start(db, Map.of("alchemy.units.txunit.retry.max-attempts", "3"))) {
            Tallies tallies = app.select(Tallies.class);
            assertThatThrownBy(() -> tallies.failWith("40P01")).hasMessage("injected failure");
            assertThat(tallies.attempts()).isEqualTo(3);
        }
    }

    @DatabaseTest(only = Db.H2)
    void otherFailuresAreNotRetried(TestDatabase db) {
        try (SeContainer app = start(db, Map.of("alchemy.units.txunit.retry.max-attempts", "3"))) {
            Tallies tallies = app.select(Tallies.class);
            assertThatThrownBy(() -> tallies.failWith("23505")).hasMessage("injected failure");
            assertThat(tallies.attempts()).isEqualTo(1);
        }
    }

    @DatabaseTest(only = Db.H2)
    void aTransactionNestedInAnotherIsNotRetriedButTheOutermostIs(TestDatabase db) {
        try (SeContainer app = start(db, Map.of("alchemy.units.txunit.retry.max-attempts", "3"))) {
            Tallies tallies = app.select(Tallies.class);
            assertThatThrownBy(() -> tallies.outerCallingNestedFailure("40001")).hasMessage("injected failure");
            // 3 runs of the outer method, each running the REQUIRES_NEW method once (9 if it were retried itself)
            assertThat(tallies.attempts()).isEqualTo(3);
        }
    }

    @DatabaseTest(only = Db.H2)
    void badRetrySettingsFailStartup(TestDatabase db) {
        assertThatThrownBy(() -> start(db, Map.of("alchemy.units.txunit.retry.max-attempts", "0"))
                        .close())
                .hasMessage("ALCH-1300: alchemy.units.txunit.retry.max-attempts = '0' must be a whole number >= 1");
    }

    /** Two threads increment tally {@code id} at once; returns the failures. */
    private static List<Throwable> race(Tallies tallies, long id) throws InterruptedException {
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                writers.add(pool.submit(() -> {
                    tallies.increment(id, bothRead);
                    return null;
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> w : writers) {
                try {
                    w.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a writer hung", e);
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "no SQLException in " + failure;
    }

    private static int total(TestDatabase db, long id) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("SELECT total FROM rt_tally WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
