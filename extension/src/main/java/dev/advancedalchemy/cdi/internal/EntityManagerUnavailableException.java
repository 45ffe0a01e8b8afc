package dev.advancedalchemy.cdi.internal;

/**
 * The application's entity manager bean of a unit exists but cannot be resolved from the current thread; the
 * runtime then checks the unit's repositories later instead of building a second entity manager factory.
 */
final class EntityManagerUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    EntityManagerUnavailableException(String unit) {
        super("the application's EntityManager bean for persistence unit '" + unit
                + "' cannot be resolved from this thread; call the repository from application code (a request,"
                + " an observer of @Initialized(ApplicationScoped.class))");
    }
}
