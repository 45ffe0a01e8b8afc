package dev.advancedalchemy.examples.quickstart.payara;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/")
@ApplicationScoped
public class QuickstartApplication extends Application {
    // the repositories use the server's transaction-scoped entity manager, so they join each request's JTA transaction
    @Produces
    @PersistenceContext
    EntityManager entityManager;
}
