package dev.advancedalchemy.it.tx;

import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work under each TxType and records what the transaction hooks report. Nested calls must go through another
 * bean ({@link Outer}): Weld does not intercept a bean's calls to itself while one of its interceptors runs.
 */
@jakarta.inject.Singleton
public class TxService {
    @Inject
    TransactionHooks hooks;

    @Inject
    Inner inner;

    @Inject
    Events events;

    /** Records "label:commit" / "label:rollback" when the current transaction ends. */
    void track(String label) {
        hooks.afterCommit(() -> events.list.add(label + ":commit"));
        hooks.afterRollback(() -> events.list.add(label + ":rollback"));
    }

    @Transactional
    public boolean required(String label, Supplier<Boolean> work) {
        track(label);
        return work.get();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean requiresNew(String label, Supplier<Boolean> work) {
        track(label);
        return work.get();
    }

    @Transactional(TxType.MANDATORY)
    public boolean mandatory() {
        return hooks.isActive();
    }

    @Transactional(TxType.NEVER)
    public boolean never() {
        return hooks.isActive();
    }

    @Transactional(TxType.SUPPORTS)
    public boolean supports() {
        return hooks.isActive();
    }

    @Transactional(TxType.NOT_SUPPORTED)
    public boolean notSupported() {
        return hooks.isActive();
    }

    @Transactional
    public void throwsUnchecked(String label) {
        track(label);
        throw new IllegalStateException("boom");
    }

    @Transactional
    public void throwsChecked(String label) throws Exception {
        track(label);
        throw new Exception("checked");
    }

    @Transactional(rollbackOn = Exception.class)
    public void throwsCheckedWithRollbackOn(String label) throws Exception {
        track(label);
        throw new java.io.IOException("checked");
    }

    @Transactional(dontRollbackOn = IllegalStateException.class)
    public void throwsUncheckedWithDontRollbackOn(String label) {
        track(label);
        throw new IllegalStateException("kept");
    }

    @Transactional(rollbackOn = RuntimeException.class, dontRollbackOn = IllegalArgumentException.class)
    public void bothRulesMatch(String label) {
        track(label);
        throw new IllegalArgumentException("dontRollbackOn wins");
    }

    /** What the hooks recorded, shared by the beans of this scenario. */
    @jakarta.inject.Singleton
    public static class Events {
        final List<String> list = new ArrayList<>();
    }

    /** The caller of nested calls: runs work in a REQUIRED transaction. */
    @jakarta.inject.Singleton
    public static class Outer {
        @Inject
        TxService service;

        @Transactional
        public boolean required(String label, Supplier<Boolean> work) {
            service.track(label);
            return work.get();
        }
    }

    /** A nested bean, so that calls go through its interceptors. */
    @jakarta.inject.Singleton
    public static class Inner {
        @Inject
        TransactionHooks hooks;

        @Transactional
        public void failJoined() {
            throw new IllegalStateException("inner failure");
        }
    }
}
