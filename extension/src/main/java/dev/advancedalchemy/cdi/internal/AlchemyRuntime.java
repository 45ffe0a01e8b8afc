package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.repository.Repositories;
import dev.advancedalchemy.tx.internal.LocalTransaction;
import dev.advancedalchemy.tx.internal.LocalTransactions;
import dev.advancedalchemy.tx.internal.TransactionSettings;
import dev.advancedalchemy.tx.spi.RequestTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks the configuration and every unit of a repository when the container starts (missing MicroProfile Config
 * implementation, refused persistence.xml, failed schema generation, encrypted attributes without a key: each its own
 * id, naming the file, setting, table or attribute), then builds every repository, so a bad repository fails startup
 * with all problems of all repositories in one {@link RepositoryDefinitionException}; the synthetic beans then hand
 * out these instances.
 */
@ApplicationScoped
public class AlchemyRuntime {
    private static final System.Logger LOG = System.getLogger(AlchemyRuntime.class.getName());
    private final Map<Class<?>, Object> repositories = new ConcurrentHashMap<>();
    private final Set<String> checkedUnits = ConcurrentHashMap.newKeySet();
    private @Nullable RepositoryCatalog catalog;
    private @Nullable PersistenceUnits units;
    private @Nullable LocalTransactions transactions;
    private @Nullable TransactionSettings settings;

    /** For proxies. */
    protected AlchemyRuntime() {}

    @Inject
    AlchemyRuntime(
            RepositoryCatalog catalog,
            PersistenceUnits units,
            LocalTransactions transactions,
            TransactionSettings settings,
            RequestTransactions requests) {
        this.catalog = catalog;
        this.units = units;
        this.transactions = transactions;
        this.settings = settings;
        // requests is unused here: injecting it keeps the bean CommitModeFilter looks up in containers that prune
        // unused beans (Quarkus).
    }

    void start(@Observes Startup event) {
        validate(false);
    }

    /**
     * Checks again when the application scope starts. Arquillian Weld embedded fires this event but not
     * {@link Startup}, and must fail its deployment too; on Payara/GlassFish the application's entity manager beans can
     * be reached only from the web module's threads, which observe this event. Where both events fire, the second
     * check finds everything built already. Quarkus fires this event at static init, before its entity manager beans
     * can be used: there, repositories of a unit whose entity manager is not usable yet are
     * checked at {@link Startup}.
     */
    void applicationStarted(@Observes @Initialized(ApplicationScoped.class) Object event) {
        validate(true);
    }

    /**
     * Builds every repository not built yet; a unit whose application entity manager cannot be reached from this
     * thread is left for the next check or the first use.
     */
    private void validate(boolean early) {
        settings.validate();
        ConfigRequirement.checkFiles(Thread.currentThread().getContextClassLoader());
        checkUnits(early);
        List<String> problems = new ArrayList<>();
        for (RepositoryCatalog.Entry entry : catalog.entries()) {
            if (early && !entityManagerUsable(RepositoryCatalog.unitOf(entry.type()))) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "{0}: its entity manager is not usable yet; checked at Startup",
                        entry.type());
                continue;
            }
            try {
                repository(entry.type());
            } catch (EntityManagerUnavailableException later) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: checked later ({1})", entry.type(), later.getMessage());
            } catch (RepositoryDefinitionException e) {
                problems.addAll(e.problems());
            } catch (RuntimeException e) {
                problems.add(entry.type().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RepositoryDefinitionException(problems);
        }
    }

    /**
     * Checks each unit of a repository once, before its repositories: the extension's units are built and deployed
     * now (a refused persistence.xml, missing configuration or failed schema generation fails here, naming the file,
     * setting or table rather than a repository); every unit's encrypted attributes must have their keys. Units whose
     * application entity manager is not usable yet are left for the next check.
     *
     * @throws dev.advancedalchemy.exceptions.AdvancedAlchemyException the first unit problem, the others suppressed
     */
    private void checkUnits(boolean early) {
        List<AdvancedAlchemyException> errors = new ArrayList<>();
        List<String> keyProblems = new ArrayList<>();
        Set<String> checkedNow = new LinkedHashSet<>();
        for (String unit : catalog.entries().stream()
                .map(e -> RepositoryCatalog.unitOf(e.type()))
                .distinct()
                .toList()) {
            if (checkedUnits.contains(unit) || (early && !units.managedHere(unit) && !entityManagerUsable(unit))) {
                continue;
            }
            try {
                Metamodel metamodel = units.outsideTransaction(unit).getMetamodel();
                keyProblems.addAll(EncryptionKeyCheck.problems(label(unit), metamodel));
                checkedNow.add(unit);
            } catch (EntityManagerUnavailableException later) {
                LOG.log(System.Logger.Level.DEBUG, "unit ''{0}'': checked later ({1})", unit, later.getMessage());
            } catch (AdvancedAlchemyException e) {
                errors.add(e);
            } catch (RuntimeException e) {
                // reported for each of its repositories, which cannot be built either
                LOG.log(System.Logger.Level.DEBUG, () -> "unit '" + unit + "' cannot be built", e);
            }
        }
        EncryptionKeyCheck.error(keyProblems).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            AdvancedAlchemyException first = errors.get(0);
            errors.subList(1, errors.size()).forEach(first::addSuppressed);
            throw first;
        }
        checkedUnits.addAll(checkedNow);
    }

    private String label(String unit) {
        String name = units.configName(unit);
        return name.isEmpty() ? "the default persistence unit" : "persistence unit '" + name + "'";
    }

    /** Whether the unit's entity manager can be used now (Quarkus: not before runtime init). */
    private boolean entityManagerUsable(String unit) {
        try {
            units.outsideTransaction(unit).getMetamodel();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The repository implementing {@code type}, created on first use. */
    Object repository(Class<?> type) {
        return repositories.computeIfAbsent(type, this::create);
    }

    private Object create(Class<?> type) {
        String unit = RepositoryCatalog.unitOf(type);
        Object repository = Repositories.of(type, entityManagers(unit));
        if (!catalog.localTransactions()) {
            return repository;
        }
        return Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, new CallTransactionHandler(repository, transactions));
    }

    private Supplier<EntityManager> entityManagers(String unit) {
        return () -> {
            Optional<LocalTransaction> tx = transactions.current();
            return tx.isPresent() ? tx.get().entityManager(unit) : units.outsideTransaction(unit);
        };
    }
}
