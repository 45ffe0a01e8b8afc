package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jspecify.annotations.Nullable;

/**
 * Learns about JTA transaction ends through {@code java:comp/TransactionSynchronizationRegistry} (Payara, WildFly,
 * any EE server); inactive where JNDI or the JTA API is absent (Java SE).
 */
final class JtaCompletionRegistrar implements TransactionCompletionRegistrar {
    static final String JNDI_NAME = "java:comp/TransactionSynchronizationRegistry";

    private volatile @Nullable Boolean available;

    @Override
    public boolean registerCompletion(Consumer<Boolean> onCompletion) {
        if (Boolean.FALSE.equals(available)) {
            return false;
        }
        Object registry = lookup();
        if (registry == null) {
            return false;
        }
        return Jta.register(registry, onCompletion);
    }

    private @Nullable Object lookup() {
        try {
            Class.forName("jakarta.transaction.TransactionSynchronizationRegistry");
            Object found = new InitialContext().lookup(JNDI_NAME);
            available = Boolean.TRUE;
            return found;
        } catch (NamingException | ClassNotFoundException | LinkageError e) {
            // no JNDI or no JTA here (Java SE): remember, so later flushes do not pay for the lookup again
            available = Boolean.FALSE;
            return null;
        }
    }

    /** Touches the JTA API only once it is known to be present. */
    private static final class Jta {
        static boolean register(Object registry, Consumer<Boolean> onCompletion) {
            var tsr = (jakarta.transaction.TransactionSynchronizationRegistry) registry;
            if (tsr.getTransactionKey() == null) {
                return false;
            }
            tsr.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    onCompletion.accept(status == jakarta.transaction.Status.STATUS_COMMITTED);
                }
            });
            return true;
        }
    }
}
