package dev.advancedalchemy.examples.payara;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes Payara's container-managed, transaction-scoped entity manager of unit {@code example} a CDI bean, so the
 * {@code @AlchemyRepository} beans of the default unit use it and join the JTA transaction of each request.
 */
@ApplicationScoped
public class EntityManagers {
    @Produces
    @PersistenceContext(unitName = "example")
    EntityManager example;
}
