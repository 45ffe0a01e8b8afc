package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.tx.internal.LocalTransactions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a repository so that a call made outside any transaction runs in its own short transaction (committed on
 * return, rolled back on an exception); inside a transaction calls go straight through.
 */
final class CallTransactionHandler implements InvocationHandler {
    private final Object repository;
    private final LocalTransactions transactions;

    CallTransactionHandler(Object repository, LocalTransactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class || transactions.current().isPresent()) {
            return call(method, args);
        }
        try {
            return transactions.inNewTransaction(() -> {
                try {
                    return call(method, args);
                } catch (Throwable t) {
                    throw new Rethrow(t);
                }
            });
        } catch (Rethrow r) {
            throw r.getCause();
        }
    }

    private @Nullable Object call(Method method, @Nullable Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Carries a checked throwable through the {@code Supplier}; always rolls back. */
    private static final class Rethrow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rethrow(Throwable cause) {
            super(null, cause, false, false);
        }
    }
}
