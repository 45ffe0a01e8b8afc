package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.cdi.Unit;
import dev.advancedalchemy.tx.internal.EntityManagerOpener;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The entity managers of each persistence unit: the application's {@code EntityManager} bean for the unit when
 * there is one, else an {@code EntityManagerFactory} built from {@code persistence.xml} plus MicroProfile Config
 * overrides (closed at shutdown).
 */
@ApplicationScoped
public class PersistenceUnits implements EntityManagerOpener {
    private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, EntityManager> metadata = new ConcurrentHashMap<>();
    // Which units the application serves itself: resolved once per unit (the set of beans is fixed after deployment,
    // and every repository and transaction asks).
    private final Map<String, Optional<Instance<EntityManager>>> applicationBeans = new ConcurrentHashMap<>();
    private @Nullable Instance<EntityManager> beans;
    private @Nullable PersistenceXml xml;

    /** For proxies. */
    protected PersistenceUnits() {}

    @Inject
    PersistenceUnits(@jakarta.enterprise.inject.Any Instance<EntityManager> beans) {
        this.beans = beans;
    }

    /** The application's entity manager bean for {@code unit}, if it has one. */
    Optional<Instance<EntityManager>> bean(String unit) {
        return applicationBeans.computeIfAbsent(unit, u -> {
            Instance<EntityManager> selected =
                    u.isEmpty() ? beans.select(Default.Literal.INSTANCE) : beans.select(Unit.Literal.of(u));
            return selected.isResolvable() ? Optional.of(selected) : Optional.empty();
        });
    }

    @Override
    public Opened open(String unit) {
        Optional<Instance<EntityManager>> bean = bean(unit);
        if (bean.isPresent()) {
            Instance.Handle<EntityManager> handle = bean.get().getHandle();
            return new Opened(handle.get(), handle::destroy);
        }
        EntityManager em = factory(unit).createEntityManager();
        return new Opened(em, () -> {
            if (em.isOpen()) {
                em.close();
            }
        });
    }

    @Override
    public String configName(String unit) {
        String declared = unit.isEmpty() ? xml().resolve(unit) : null;
        return declared == null ? unit : declared;
    }

    /**
     * An entity manager for work outside any transaction (reading the metamodel): the application's bean, or one
     * per unit kept open until shutdown.
     */
    EntityManager outsideTransaction(String unit) {
        Optional<Instance<EntityManager>> bean = bean(unit);
        if (bean.isPresent()) {
            return bean.get().get();
        }
        return metadata.computeIfAbsent(unit, u -> factory(u).createEntityManager());
    }

    /** True if the extension (not the application) provides the entity managers of {@code unit}. */
    boolean managedHere(String unit) {
        return bean(unit).isEmpty();
    }

    /** Builds (once) the factory of {@code unit} from persistence.xml and the configuration overrides. */
    EntityManagerFactory factory(String unit) {
        return factories.computeIfAbsent(unit, u -> {
            String name = xml().resolve(u);
            if (name == null) {
                throw new IllegalStateException(xml().problemWith(u));
            }
            return Persistence.createEntityManagerFactory(name, UnitOverrides.of(name));
        });
    }

    private PersistenceXml xml() {
        PersistenceXml result = xml;
        if (result == null) {
            result = PersistenceXml.read(Thread.currentThread().getContextClassLoader());
            xml = result;
        }
        return result;
    }

    @PreDestroy
    void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (EntityManager em : metadata.values()) {
            closeQuietly(em::close, failures);
        }
        for (EntityManagerFactory emf : factories.values()) {
            closeQuietly(emf::close, failures);
        }
        metadata.clear();
        factories.clear();
        if (!failures.isEmpty()) {
            IllegalStateException e = new IllegalStateException("closing persistence units failed");
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }

    private static void closeQuietly(Runnable close, List<RuntimeException> failures) {
        try {
            close.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
