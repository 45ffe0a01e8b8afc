package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Resolves the abstract methods that are not base-interface methods: derived queries and {@code @Query}. */
final class QueryMethodSupport {
    private QueryMethodSupport() {}

    static Map<Method, RepositoryInvocationHandler.Call> resolve(
            Class<?> repositoryInterface,
            @Nullable Class<?> entityType,
            Supplier<EntityManager> entityManagers,
            List<Method> methods) {
        List<String> problems = new ArrayList<>();
        for (Method m : methods) {
            problems.add(repositoryInterface.getName() + "." + m.getName()
                    + ": not a method of SyncRepository/QueryRepository and derived query methods are not"
                    + " available; remove it, or give it a default body");
        }
        throw new RepositoryDefinitionException(problems);
    }
}
