package dev.advancedalchemy.examples.payara;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class EntityManagers {
    @Produces
    @PersistenceContext(unitName = "example")
    EntityManager em;
}
