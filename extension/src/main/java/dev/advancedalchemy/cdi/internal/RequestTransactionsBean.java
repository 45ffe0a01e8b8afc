package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.tx.CommitMode;
import dev.advancedalchemy.tx.internal.LocalTransaction;
import dev.advancedalchemy.tx.internal.LocalTransactions;
import dev.advancedalchemy.tx.internal.TransactionSettings;
import dev.advancedalchemy.tx.spi.RequestTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RequestTransactions} bean: begins and ends the transaction of one Jakarta REST request for the commit
 * modes, the extension's local transaction without JTA, else the platform's {@link UserTransaction} (a CDI bean, or
 * JNDI {@code java:comp/UserTransaction}).
 */
@ApplicationScoped
public class RequestTransactionsBean implements RequestTransactions {
    private static final System.Logger LOG = System.getLogger(RequestTransactionsBean.class.getName());

    private @Nullable TransactionSettings settings;
    private @Nullable RepositoryCatalog catalog;
    private @Nullable LocalTransactions local;
    private @Nullable Instance<UserTransaction> userTransactions;
    // The local request transaction begun on this thread and not yet ended; a leftover (the request ended without
    // its response filter running) is rolled back when the thread serves its next request.
    private final ThreadLocal<Handle> open = new ThreadLocal<>();

    /** For proxies. */
    protected RequestTransactionsBean() {}

    @Inject
    RequestTransactionsBean(
            TransactionSettings settings,
            RepositoryCatalog catalog,
            LocalTransactions local,
            Instance<UserTransaction> userTransactions) {
        this.settings = settings;
        this.catalog = catalog;
        this.local = local;
        this.userTransactions = userTransactions;
    }

    @Override
    public Optional<CommitMode> mode() {
        return settings.requestMode();
    }

    @Override
    public Handle begin() {
        if (!catalog.localTransactions()) {
            return JtaHandle.begin(userTransaction());
        }
        Handle leftover = open.get();
        if (leftover != null) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "a request transaction was left open by an earlier request on this thread (its response filters"
                            + " did not run, e.g. an exception no ExceptionMapper handled); rolling it back."
                            + " Register dev.advancedalchemy.rest.UnexpectedExceptionMapper to map every exception");
            leftover.complete(false);
        }
        LocalHandle handle = new LocalHandle(local.begin());
        open.set(handle);
        return handle;
    }

    private UserTransaction userTransaction() {
        if (userTransactions.isResolvable()) {
            return userTransactions.get();
        }
        try {
            return (UserTransaction) new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
        } catch (javax.naming.NamingException | RuntimeException | LinkageError e) {
            throw new IllegalStateException(
                    "a commit mode is configured but no jakarta.transaction.UserTransaction is available (neither a"
                            + " CDI bean nor JNDI java:comp/UserTransaction); enable the platform's JTA support or set"
                            + " alchemy.units.<unit>.commit-mode=manual",
                    e);
        }
    }

    private final class LocalHandle implements Handle {
        private final LocalTransaction tx;
        private final Thread thread = Thread.currentThread();
        private boolean done;

        LocalHandle(LocalTransaction tx) {
            this.tx = tx;
        }

        @Override
        public void complete(boolean commit) {
            if (done) {
                return;
            }
            done = true;
            try {
                if (!commit) {
                    tx.rollback();
                } else if (tx.isRollbackOnly()) {
                    tx.rollback();
                    throw new jakarta.persistence.RollbackException(
                            "the request transaction was marked for rollback by a @Transactional method and has been"
                                    + " rolled back");
                } else {
                    tx.commit();
                }
            } finally {
                if (thread == Thread.currentThread()) {
                    local.end();
                    open.remove();
                } else {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "the request transaction ended on another thread than it began; local (non-JTA) commit"
                                    + " modes need synchronous resource methods");
                }
            }
        }
    }

    /** A JTA request transaction; joins (and leaves alone) a transaction that was already active. */
    private record JtaHandle(UserTransaction ut, boolean owned) implements Handle {
        static JtaHandle begin(UserTransaction ut) {
            try {
                if (ut.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    return new JtaHandle(ut, false);
                }
                ut.begin();
                return new JtaHandle(ut, true);
            } catch (jakarta.transaction.NotSupportedException | SystemException e) {
                throw new IllegalStateException("cannot begin the request transaction: " + e.getMessage(), e);
            }
        }

        @Override
        public void complete(boolean commit) {
            if (!owned) {
                return;
            }
            try {
                int status = ut.getStatus();
                if (commit && status == Status.STATUS_ACTIVE) {
                    ut.commit();
                } else if (status != Status.STATUS_NO_TRANSACTION) {
                    ut.rollback();
                    if (commit) {
                        throw new IllegalStateException(
                                "the request transaction was marked for rollback and has been rolled back");
                    }
                }
            } catch (jakarta.transaction.RollbackException
                    | jakarta.transaction.HeuristicMixedException
                    | jakarta.transaction.HeuristicRollbackException
                    | SystemException e) {
                throw new IllegalStateException("the request transaction failed to complete: " + e.getMessage(), e);
            }
        }
    }
}
