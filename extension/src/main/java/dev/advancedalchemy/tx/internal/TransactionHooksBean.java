package dev.advancedalchemy.tx.internal;

import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link TransactionHooks} over the extension's local transaction when one is active, else over the JTA
 * {@code TransactionSynchronizationRegistry} (a CDI bean, or JNDI {@code java:comp/TransactionSynchronizationRegistry}).
 */
@ApplicationScoped
public class TransactionHooksBean implements TransactionHooks {
    private static final System.Logger LOG = System.getLogger(TransactionHooksBean.class.getName());

    private @Nullable LocalTransactions local;
    private @Nullable Instance<TransactionSynchronizationRegistry> registries;
    // Set once a JNDI lookup failed: without JNDI (Java SE) every later lookup would fail the same, slowly.
    private volatile boolean noJndiRegistry;

    /** For proxies. */
    protected TransactionHooksBean() {}

    @Inject
    TransactionHooksBean(LocalTransactions local, Instance<TransactionSynchronizationRegistry> registries) {
        this.local = local;
        this.registries = registries;
    }

    @Override
    public boolean isActive() {
        return local.current().isPresent() || jta().isPresent();
    }

    @Override
    public void afterCommit(Runnable action) {
        register(action, true);
    }

    @Override
    public void afterRollback(Runnable action) {
        register(action, false);
    }

    private void register(Runnable action, boolean onCommit) {
        Optional<LocalTransaction> tx = local.current();
        if (tx.isPresent()) {
            if (onCommit) {
                tx.get().afterCommit(action);
            } else {
                tx.get().afterRollback(action);
            }
            return;
        }
        Optional<TransactionSynchronizationRegistry> registry = jta();
        if (registry.isPresent()) {
            registry.get().registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if ((status == Status.STATUS_COMMITTED) == onCommit) {
                        try {
                            action.run();
                        } catch (RuntimeException e) {
                            LOG.log(System.Logger.Level.ERROR, "a transaction hook failed", e);
                        }
                    }
                }
            });
        } else if (onCommit) {
            action.run();
        }
    }

    private Optional<TransactionSynchronizationRegistry> jta() {
        TransactionSynchronizationRegistry registry = null;
        if (registries.isResolvable()) {
            registry = registries.get();
        } else if (!noJndiRegistry) {
            try {
                registry = (TransactionSynchronizationRegistry)
                        new javax.naming.InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (javax.naming.NamingException | RuntimeException | LinkageError e) {
                noJndiRegistry = true; // no JNDI or no JTA: the platform has no transactions of its own
            }
        }
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(registry);
    }
}
