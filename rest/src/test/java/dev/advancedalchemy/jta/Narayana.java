package dev.advancedalchemy.jta;

import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/** Exposes Narayana's UserTransaction and synchronization registry as CDI beans, as Quarkus does. */
@ApplicationScoped
public class Narayana {
    @Produces
    UserTransaction userTransaction() {
        return com.arjuna.ats.jta.UserTransaction.userTransaction();
    }

    @Produces
    TransactionSynchronizationRegistry registry() {
        return new TransactionSynchronizationRegistryImple();
    }
}
