package dev.advancedalchemy.tx.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Implements {@code jakarta.transaction.Transactional} without JTA over {@link LocalTransactions}, following the
 * JTA 1.2 rules: the six {@code TxType}s, {@code rollbackOn}/{@code dontRollbackOn} ({@code dontRollbackOn} wins),
 * unchecked exceptions roll back and checked ones commit. Registered by the extension only when no JTA
 * implementation is present.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionalInterceptor {
    private static final System.Logger LOG = System.getLogger(TransactionalInterceptor.class.getName());

    private final LocalTransactions transactions;
    private final TransactionSettings settings;
    private final EntityManagerOpener units;

    @Inject
    TransactionalInterceptor(LocalTransactions transactions, TransactionSettings settings, EntityManagerOpener units) {
        this.transactions = transactions;
        this.settings = settings;
        this.units = units;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        Transactional config = bindingOf(ctx);
        Optional<LocalTransaction> current = transactions.current();
        String where = where(ctx);
        return switch (config.value()) {
            case REQUIRED -> current.isPresent() ? joined(ctx, config, current.get()) : inNew(ctx, config);
            case REQUIRES_NEW -> inNew(ctx, config);
            case MANDATORY -> {
                if (current.isEmpty()) {
                    throw new TransactionalException(
                            where + " is @Transactional(MANDATORY) but was called outside a transaction",
                            new TransactionRequiredException("no active transaction"));
                }
                yield joined(ctx, config, current.get());
            }
            case SUPPORTS -> current.isPresent() ? joined(ctx, config, current.get()) : ctx.proceed();
            case NOT_SUPPORTED -> current.isPresent() ? suspended(ctx) : ctx.proceed();
            case NEVER -> {
                if (current.isPresent()) {
                    throw new TransactionalException(
                            where + " is @Transactional(NEVER) but was called inside a transaction",
                            new InvalidTransactionException("a transaction is active"));
                }
                yield ctx.proceed();
            }
        };
    }

    /**
     * Runs the method in a new transaction. When that transaction is the outermost one of the thread and it failed
     * with a serialization failure or deadlock before any unit committed, the whole method is re-run in a fresh
     * transaction (fresh entity managers), as often as the units' {@code retry.max-attempts} allow.
     */
    private Object inNew(InvocationContext ctx, Transactional config) throws Exception {
        boolean outermost = transactions.isIdle();
        for (int attempt = 1; ; attempt++) {
            LocalTransaction tx = transactions.begin();
            Throwable failure;
            try {
                return attempt(ctx, config, tx);
            } catch (Exception | Error e) {
                failure = e;
            } finally {
                transactions.end();
            }
            TransactionSettings.Retry retry = outermost ? retryOf(tx) : NO_RETRY;
            if (attempt >= retry.maxAttempts()
                    || tx.committedAny()
                    || !Retries.retryable(failure)
                    || !Retries.pause(retry.initialBackoffMillis(), attempt)) {
                throw rethrow(failure);
            }
            int next = attempt + 1;
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> where(ctx) + ": serialization failure or deadlock, running attempt " + next + " of "
                            + retry.maxAttempts());
        }
    }

    private static final TransactionSettings.Retry NO_RETRY = new TransactionSettings.Retry(1, 0);

    /** The strictest attempts limit and the longest backoff of the units the transaction used. */
    private TransactionSettings.Retry retryOf(LocalTransaction tx) {
        int attempts = Integer.MAX_VALUE;
        long backoff = 0;
        for (String unit : tx.units()) {
            TransactionSettings.Retry r = settings.retry(units.configName(unit));
            attempts = Math.min(attempts, r.maxAttempts());
            backoff = Math.max(backoff, r.initialBackoffMillis());
        }
        return attempts == Integer.MAX_VALUE ? NO_RETRY : new TransactionSettings.Retry(attempts, backoff);
    }

    private static Exception rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (Exception) failure;
    }

    private static String where(InvocationContext ctx) {
        return ctx.getMethod().getDeclaringClass().getSimpleName() + "."
                + ctx.getMethod().getName();
    }

    private Object attempt(InvocationContext ctx, Transactional config, LocalTransaction tx) throws Exception {
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception | Error e) {
            if (rollsBack(config, e)) {
                tx.rollback();
            } else {
                completeOrRollBack(tx, e);
            }
            throw e;
        }
        if (tx.isRollbackOnly()) {
            tx.rollback();
            throw new TransactionalException(
                    "the transaction was marked for rollback by a nested call and has been rolled back",
                    new jakarta.transaction.RollbackException("marked for rollback"));
        }
        tx.commit();
        return result;
    }

    private static void completeOrRollBack(LocalTransaction tx, Throwable failure) {
        if (tx.isRollbackOnly()) {
            tx.rollback();
            return;
        }
        try {
            tx.commit();
        } catch (RuntimeException commitFailure) {
            failure.addSuppressed(commitFailure);
        }
    }

    private static Object joined(InvocationContext ctx, Transactional config, LocalTransaction tx) throws Exception {
        try {
            return ctx.proceed();
        } catch (Exception | Error e) {
            if (rollsBack(config, e)) {
                tx.setRollbackOnly();
            }
            throw e;
        }
    }

    private Object suspended(InvocationContext ctx) throws Exception {
        transactions.suspend();
        try {
            return ctx.proceed();
        } finally {
            transactions.end();
        }
    }

    static boolean rollsBack(Transactional config, Throwable e) {
        for (Class<?> c : config.dontRollbackOn()) {
            if (c.isInstance(e)) {
                return false;
            }
        }
        for (Class<?> c : config.rollbackOn()) {
            if (c.isInstance(e)) {
                return true;
            }
        }
        return e instanceof RuntimeException || e instanceof Error;
    }

    // The method's annotation wins over the class's; Weld may hand us a subclass, so walk up to the declaring type.
    private static Transactional bindingOf(InvocationContext ctx) {
        Method method = ctx.getMethod();
        Transactional t = method.getAnnotation(Transactional.class);
        if (t != null) {
            return t;
        }
        Class<?> type = ctx.getTarget() == null
                ? method.getDeclaringClass()
                : ctx.getTarget().getClass();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            t = c.getAnnotation(Transactional.class);
            if (t != null) {
                return t;
            }
        }
        t = method.getDeclaringClass().getAnnotation(Transactional.class);
        return t != null ? t : DEFAULT;
    }

    @Transactional
    private static final class Defaults {}

    private static final Transactional DEFAULT = Defaults.class.getAnnotation(Transactional.class);
}
