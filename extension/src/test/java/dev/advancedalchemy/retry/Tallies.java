package dev.advancedalchemy.retry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Transactional methods of the retry scenarios; {@link #attempts()} counts how often a method body ran. */
@ApplicationScoped
public class Tallies {
    private final AtomicInteger attempts = new AtomicInteger();

    /** How often a transactional method body ran. */
    public int attempts() {
        return attempts.get();
    }

    void countAttempt() {
        attempts.incrementAndGet();
    }

    @Inject
    TallyRepository tallies;

    @Inject
    Nested nested;

    /**
     * Reads the tally, waits until {@code bothRead} is down (both writers have read the same value: on a retry the
     * latch is already open), then writes the value + 1; the UPDATE is flushed at commit.
     */
    @Transactional
    public void increment(long id, CountDownLatch bothRead) throws InterruptedException {
        countAttempt();
        Tally tally = tallies.get(id);
        bothRead.countDown();
        if (!bothRead.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the other writer never read the tally");
        }
        tally.setTotal(tally.getTotal() + 1);
    }

    /** Touches the unit, then fails the way a driver reports {@code sqlState}. */
    @Transactional
    public void failWith(String sqlState) {
        countAttempt();
        tallies.count();
        throw new IllegalStateException("injected failure", new SQLException("injected", sqlState));
    }

    /** Calls {@link Nested#failWith} inside this transaction. */
    @Transactional
    public void outerCallingNestedFailure(String sqlState) {
        tallies.count();
        nested.failWith(sqlState);
    }

    /** A REQUIRES_NEW method; when it runs inside another transaction it is never retried. */
    @ApplicationScoped
    public static class Nested {
        @Inject
        Tallies owner;

        @Inject
        TallyRepository tallies;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void failWith(String sqlState) {
            owner.countAttempt();
            tallies.count();
            throw new IllegalStateException("injected failure", new SQLException("injected", sqlState));
        }
    }
}
