package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.repository.Query;
import dev.advancedalchemy.repository.QueryRepository;
import dev.advancedalchemy.repository.SlugRepository;
import dev.advancedalchemy.repository.SyncRepository;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entry point of the proxy factory: resolves every query method of a repository interface at deployment.
 *
 * <p>Methods declared by the library's base interfaces ({@code SyncRepository}, {@code SlugRepository},
 * {@code QueryRepository}) or re-declaring one of theirs, default methods and static methods are not included: the proxy factory serves those.
 */
public final class QueryMethods {
    /** The library's base interfaces; a user's interface in the same package is still the user's. */
    private static final Set<Class<?>> LIBRARY =
            Set.of(SyncRepository.class, SlugRepository.class, QueryRepository.class);

    private QueryMethods() {}

    /**
     * Resolves and validates the query methods of {@code repositoryInterface}.
     *
     * @param repositoryInterface the user's repository interface
     * @param entityClass the entity the repository manages
     * @param metamodel the metamodel of the repository's persistence unit
     * @return a handler for every abstract method that is a derived query or {@code @Query}
     * @throws RepositoryDefinitionException listing every problem found (each names repository, method and fix)
     */
    public static Map<Method, QueryMethodHandler> resolve(
            Class<?> repositoryInterface, Class<?> entityClass, Metamodel metamodel) {
        List<String> problems = new ArrayList<>();
        Map<Method, QueryMethodHandler> handlers = new LinkedHashMap<>();
        EntityInfo entity;
        try {
            entity = EntityInfo.of(metamodel, entityClass);
        } catch (IllegalArgumentException e) {
            throw new RepositoryDefinitionException(repositoryInterface.getSimpleName() + ": " + entityClass.getName()
                    + " is not an entity of the persistence unit; annotate it with @Entity and list it in"
                    + " persistence.xml (or set exclude-unlisted-classes to false)");
        }
        for (Method method : sortedQueryMethods(repositoryInterface)) {
            String where = repositoryInterface.getSimpleName() + "." + method.getName();
            QueryMethodHandler handler;
            if (method.isAnnotationPresent(Query.class)) {
                handler = AnnotatedQueryValidator.create(method, where, problems);
            } else if (MethodNameParser.looksDerived(method.getName())) {
                handler = DerivedQueryValidator.create(method, where, entity, problems);
            } else {
                problems.add(where + "("
                        + Arrays.stream(method.getParameterTypes())
                                .map(Class::getSimpleName)
                                .collect(Collectors.joining(", "))
                        + "): not a repository method; name it findBy…/countBy…/existsBy…/deleteBy…, annotate it"
                        + " with @Query, or give it a default body");
                handler = null;
            }
            if (handler != null) {
                handlers.put(method, handler);
            }
        }
        if (!problems.isEmpty()) {
            throw new RepositoryDefinitionException(problems);
        }
        return Map.copyOf(handlers);
    }

    // The methods needing a handler, in a stable order (name, then signature) so problems list the same way on
    // every JVM. Filtering first keeps the signature strings to the few query methods instead of every base method.
    static List<Method> sortedQueryMethods(Class<?> repositoryInterface) {
        Map<Method, String> signatures = new HashMap<>();
        for (Method method : repositoryInterface.getMethods()) {
            if (needsHandler(repositoryInterface, method)) {
                signatures.put(method, method.toGenericString());
            }
        }
        List<Method> methods = new ArrayList<>(signatures.keySet());
        methods.sort(Comparator.comparing(Method::getName).thenComparing(signatures::get));
        return methods;
    }

    /** True if {@code method} of {@code repositoryInterface} is a query method the proxy needs a handler for. */
    static boolean needsHandler(Class<?> repositoryInterface, Method method) {
        if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
            return false;
        }
        if (method.getDeclaringClass() == Object.class || isLibrary(method.getDeclaringClass())) {
            return method.isAnnotationPresent(Query.class);
        }
        // A re-declaration of a base method (for a narrower Javadoc or a covariant return) is still the base method.
        for (Class<?> type : allInterfaces(repositoryInterface)) {
            if (isLibrary(type)) {
                for (Method base : type.getMethods()) {
                    if (base.getName().equals(method.getName()) && assignable(base, method)) {
                        return method.isAnnotationPresent(Query.class);
                    }
                }
            }
        }
        return true;
    }

    // Same rule as the proxy factory: "User get(UUID id)" re-declares "T get(ID id)".
    private static boolean assignable(Method base, Method method) {
        Class<?>[] to = base.getParameterTypes();
        Class<?>[] from = method.getParameterTypes();
        if (to.length != from.length) {
            return false;
        }
        for (int i = 0; i < to.length; i++) {
            if (!to[i].isAssignableFrom(from[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLibrary(Class<?> type) {
        return LIBRARY.contains(type);
    }

    private static List<Class<?>> allInterfaces(Class<?> type) {
        List<Class<?>> result = new ArrayList<>();
        for (Class<?> i : type.getInterfaces()) {
            result.add(i);
            result.addAll(allInterfaces(i));
        }
        return result;
    }
}
