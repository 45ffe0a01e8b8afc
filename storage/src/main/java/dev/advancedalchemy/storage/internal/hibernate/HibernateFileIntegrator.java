package dev.advancedalchemy.storage.internal.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Installs {@link HibernateFileHook} in every Hibernate session factory; found by Hibernate through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}, so Hibernate needs no setting.
 */
public final class HibernateFileIntegrator implements org.hibernate.integrator.spi.Integrator {
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
        HibernateFileHook hook = new HibernateFileHook();
        EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
        // before Hibernate's own flush listeners, so their dirty check sees the stored values and changed lists
        registry.getEventListenerGroup(EventType.FLUSH).prependListener(hook);
        registry.getEventListenerGroup(EventType.AUTO_FLUSH).prependListener(hook);
        registry.getEventListenerGroup(EventType.PRE_INSERT).appendListener(hook);
        registry.getEventListenerGroup(EventType.PRE_UPDATE).appendListener(hook);
    }
}
