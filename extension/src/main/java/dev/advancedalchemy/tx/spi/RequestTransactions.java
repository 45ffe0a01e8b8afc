package dev.advancedalchemy.tx.spi;

import dev.advancedalchemy.tx.CommitMode;
import java.util.Optional;

/**
 * The request transaction of the commit modes, for the project's own Jakarta REST filter
 * ({@code dev.advancedalchemy.rest.CommitModeFilter} in alchemy-rest): an application-scoped CDI bean of the
 * extension that begins one transaction per request and ends it by the response status.
 *
 * <pre>{@code
 * RequestTransactions tx = CDI.current().select(RequestTransactions.class).get();
 * if (tx.mode().isPresent()) {
 *     RequestTransactions.Handle handle = tx.begin();          // request filter
 *     handle.complete(tx.mode().get().commits(status));       // response filter
 * }
 * }</pre>
 *
 * <p>Rules: without JTA the request transaction is the extension's local transaction (repositories and
 * {@code @Transactional(REQUIRED)} methods of the request join it) and must end on the thread that began it; a
 * local transaction left open by an earlier request on the same thread is rolled back by the next {@link #begin()}.
 * Under JTA it is the platform's {@code UserTransaction}; an already active JTA transaction is joined and left to
 * its owner.
 */
public interface RequestTransactions {
    /** The commit mode of requests, empty when every unit is manual (no request transaction). */
    Optional<CommitMode> mode();

    /**
     * Begins the request transaction on this thread.
     *
     * @return the handle that ends it
     * @throws IllegalStateException under JTA when no {@code UserTransaction} can be found
     */
    Handle begin();

    /** One request transaction. */
    interface Handle {
        /**
         * Commits ({@code commit} true) or rolls back the request transaction; a transaction marked for rollback is
         * rolled back and reported as a failed commit. A second call does nothing.
         *
         * @param commit whether the response status asks for a commit
         * @throws RuntimeException when the commit failed (the transaction was rolled back)
         */
        void complete(boolean commit);
    }
}
