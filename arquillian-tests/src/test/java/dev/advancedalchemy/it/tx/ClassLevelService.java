package dev.advancedalchemy.it.tx;

import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** A class-level binding with a value other than the default, overridden by one method. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ClassLevelService {
    @Inject
    TransactionHooks hooks;

    public boolean inherited() {
        return hooks.isActive();
    }

    @Transactional(TxType.NEVER)
    public boolean overridden() {
        return hooks.isActive();
    }
}
