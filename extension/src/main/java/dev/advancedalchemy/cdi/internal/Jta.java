package dev.advancedalchemy.cdi.internal;

import java.util.List;

/** Detects a JTA transaction manager by its implementation classes, so that we never shadow the platform's. */
final class Jta {
    // Narayana (Quarkus, WildFly, Helidon), GlassFish/Payara, Geronimo (TomEE), Atomikos.
    private static final List<String> IMPLEMENTATIONS = List.of(
            "com.arjuna.ats.jta.TransactionManager",
            "com.sun.enterprise.transaction.api.JavaEETransactionManager",
            "org.apache.geronimo.transaction.manager.TransactionManagerImpl",
            "com.atomikos.icatch.jta.UserTransactionManager");

    private Jta() {}

    static boolean present(ClassLoader loader) {
        for (String name : IMPLEMENTATIONS) {
            try {
                Class.forName(name, false, loader);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one
            }
        }
        return false;
    }
}
