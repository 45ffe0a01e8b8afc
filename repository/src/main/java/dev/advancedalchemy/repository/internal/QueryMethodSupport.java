package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.internal.derived.QueryMethodHandler;
import dev.advancedalchemy.repository.internal.derived.QueryMethods;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the abstract methods that are not base-interface methods (derived queries, {@code @Query}) through
 * {@link QueryMethods} and runs them with the repository's transaction and error rules.
 */
final class QueryMethodSupport {
    private QueryMethodSupport() {}

    static Map<Method, RepositoryInvocationHandler.Call> resolve(
            Class<?> repositoryInterface,
            @Nullable Class<?> entityType,
            Supplier<EntityManager> entityManagers,
            Options defaults,
            List<Method> methods) {
        if (entityType == null) {
            List<String> problems = new ArrayList<>();
            for (Method m : methods) {
                problems.add(repositoryInterface.getName() + "." + m.getName()
                        + ": a QueryRepository has no entity to derive queries from; give the method a default body"
                        + " or extend SyncRepository<T, ID>");
            }
            throw new RepositoryDefinitionException(problems);
        }
        Map<Method, QueryMethodHandler> handlers = QueryMethods.resolve(
                repositoryInterface, entityType, entityManagers.get().getMetamodel());
        String subject = entityType.getSimpleName();
        Map<Method, RepositoryInvocationHandler.Call> calls = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Method m : methods) {
            QueryMethodHandler handler = handlers.get(m);
            if (handler == null) {
                missing.add(repositoryInterface.getName() + "." + m.getName()
                        + ": not a repository method; name it findBy…/countBy…/existsBy…/deleteBy…, annotate it"
                        + " with @Query, or give it a default body");
                continue;
            }
            calls.put(m, (proxy, method, args) -> {
                EntityManager em = entityManagers.get();
                return handler.modifies()
                        ? TransactionScope.write(em, defaults, subject, () -> handler.invoke(em, args))
                        : TransactionScope.read(em, defaults, subject, () -> handler.invoke(em, args));
            });
        }
        if (!missing.isEmpty()) {
            throw new RepositoryDefinitionException(missing);
        }
        return calls;
    }
}
