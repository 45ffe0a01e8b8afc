package dev.advancedalchemy.cdi.internal;

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
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds every repository when the container starts, so a bad repository fails startup with all problems of all
 * repositories in one {@link RepositoryDefinitionException}; the synthetic beans then hand out these instances.
 */
@ApplicationScoped
public class AlchemyRuntime {
    private static final System.Logger LOG = System.getLogger(AlchemyRuntime.class.getName());
    private final Map<Class<?>, Object> repositories = new ConcurrentHashMap<>();
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
