package dev.advancedalchemy.it.txdata;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class Signup {
    @Inject
    Accounts accounts;

    @Inject
    TransactionHooks hooks;

    @Inject
    Audit audit;

    private final List<String> events = new ArrayList<>();

    public List<String> events() {
        return events;
    }

    @Transactional
    public void register(long id, boolean fail) {
        accounts.add(new Person(id, "user-" + id, null, 1, true));
        hooks.afterCommit(() -> events.add("committed " + id));
        hooks.afterRollback(() -> events.add("rolled back " + id));
        audit.log(id + 1000);
        if (fail) {
            throw new IllegalStateException("signup failed");
        }
    }

    @Transactional
    public boolean seesOwnWrite(long id) {
        accounts.add(new Person(id, "user-" + id, null, 1, true));
        return accounts.find(id).isPresent();
    }

    /** Commits on its own, even when the caller rolls back. */
    @ApplicationScoped
    public static class Audit {
        @Inject
        Accounts accounts;

        @Transactional(TxType.REQUIRES_NEW)
        public void log(long id) {
            accounts.add(new Person(id, "audit-" + id, null, 1, false));
        }
    }
}
