package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.cdi.Unit;
import dev.advancedalchemy.tx.internal.EntityManagerOpener;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The entity managers of each persistence unit: the application's {@code EntityManager} bean for the unit when
 * there is one, else an {@code EntityManagerFactory} built from {@code persistence.xml} plus MicroProfile Config
 * overrides (closed at shutdown).
 */
@ApplicationScoped
public class PersistenceUnits implements EntityManagerOpener {
    private static final System.Logger LOG = System.getLogger(PersistenceUnits.class.getName());
    private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, EntityManager> metadata = new ConcurrentHashMap<>();
    private @Nullable Instance<EntityManager> beans;
    private Set<String> applicationUnits = Set.of();
    private @Nullable PersistenceXml xml;
    private volatile @Nullable Optional<Instance<EntityManager>> moduleBeans;

    /** For proxies. */
    protected PersistenceUnits() {}

    @Inject
    PersistenceUnits(@Any Instance<EntityManager> beans, RepositoryCatalog catalog) {
        this.beans = beans;
        this.applicationUnits = catalog.applicationUnits();
    }

    /** The application's entity manager bean for {@code unit}, if it has one. */
    Optional<Instance<EntityManager>> bean(String unit) {
        Annotation qualifier = unit.isEmpty() ? Default.Literal.INSTANCE : Unit.Literal.of(unit);
        Instance<EntityManager> selected = beans.select(qualifier);
        if (selected.isResolvable()) {
            return Optional.of(selected);
        }
        return moduleBeans().map(m -> m.select(qualifier)).filter(Instance::isResolvable);
    }

    /**
     * The entity manager beans as the application module sees them. GlassFish and Payara put the beans this extension
     * adds in a bean archive of their own that cannot see the application's producers; the module's bean manager
     * ({@code java:comp/BeanManager}) can. Looked up once; empty without JNDI (Java SE) or outside a module.
     */
    private Optional<Instance<EntityManager>> moduleBeans() {
        Optional<Instance<EntityManager>> result = moduleBeans;
        if (result != null) {
            return result;
        }
        try {
            BeanManager manager = (BeanManager) new javax.naming.InitialContext().lookup("java:comp/BeanManager");
            result = Optional.of(manager.createInstance().select(EntityManager.class, Any.Literal.INSTANCE));
        } catch (javax.naming.NoInitialContextException | LinkageError e) {
            result = Optional.empty(); // no JNDI at all (Java SE): nothing to look up, now or later
        } catch (javax.naming.NamingException | RuntimeException e) {
            // no module context on this thread (yet): try again on the next call
            LOG.log(System.Logger.Level.DEBUG, "java:comp/BeanManager is not available here", e);
            return Optional.empty();
        }
        moduleBeans = result;
        return result;
    }

    @Override
    public Opened open(String unit) {
        Optional<Instance<EntityManager>> bean = bean(unit);
        if (bean.isPresent()) {
            Instance.Handle<EntityManager> handle = bean.get().getHandle();
            return new Opened(handle.get(), handle::destroy);
        }
        checkNoApplicationBean(unit);
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
        checkNoApplicationBean(unit);
        return metadata.computeIfAbsent(unit, u -> factory(u).createEntityManager());
    }

    /**
     * Refuses to build a second factory for a unit whose entity manager the application provides but which cannot be
     * reached from this thread (Payara during startup, before the module's naming context exists).
     *
     * @throws EntityManagerUnavailableException if the application has an entity manager bean for {@code unit}
     */
    private void checkNoApplicationBean(String unit) {
        if (applicationUnits.contains(unit)) {
            throw new EntityManagerUnavailableException(unit);
        }
    }

    /** True if the extension (not the application) provides the entity managers of {@code unit}. */
    boolean managedHere(String unit) {
        return bean(unit).isEmpty();
    }

    /**
     * Builds (once) the factory of {@code unit} from persistence.xml and the configuration overrides, deploys it and
     * checks what it generated.
     *
     * @throws dev.advancedalchemy.exceptions.AdvancedAlchemyException {@value PersistenceXmlErrors#ID} if the
     *     provider refused a persistence.xml, {@value dev.advancedalchemy.types.spi.MicroProfileConfigPresence#ID} if
     *     the unit's database could only come from MicroProfile Config and there is none, {@value SchemaCheck#ID} if
     *     schema generation left an entity without its table
     */
    EntityManagerFactory factory(String unit) {
        return factories.computeIfAbsent(unit, u -> {
            String name = xml().resolve(u);
            if (name == null) {
                throw new IllegalStateException(xml().problemWith(u));
            }
            ConfigRequirement.checkUnit(name, xml().unit(name));
            LOG.log(
                    System.Logger.Level.INFO,
                    "building persistence unit ''{0}'' from persistence.xml: the application has no EntityManager bean"
                            + " for it",
                    name);
            EntityManagerFactory emf = deployed(name);
            try {
                SchemaCheck.verify(name, emf);
            } catch (RuntimeException e) {
                closeQuietly(emf::close, new ArrayList<>());
                throw e;
            }
            return emf;
        });
    }

    /** The factory of unit {@code name}, deployed (EclipseLink parses, deploys and generates the schema lazily). */
    private EntityManagerFactory deployed(String name) {
        @Nullable EntityManagerFactory emf = null;
        try {
            emf = Persistence.createEntityManagerFactory(name, UnitOverrides.of(name));
            emf.getMetamodel();
            return emf;
        } catch (RuntimeException e) {
            if (emf != null) {
                closeQuietly(emf::close, new ArrayList<>());
            }
            RuntimeException explained =
                    PersistenceXmlErrors.refused(e, xml().files()).orElse(null);
            throw explained == null ? e : explained;
        }
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
