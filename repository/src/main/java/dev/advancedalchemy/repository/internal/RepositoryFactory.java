package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.QueryRepository;
import dev.advancedalchemy.repository.RepositoryTypes;
import dev.advancedalchemy.repository.SlugRepository;
import dev.advancedalchemy.repository.SyncRepository;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the JDK proxy for a repository interface: base-interface methods go to one implementation object,
 * {@code default} methods run as written, and every other abstract method must be a query method (resolved up
 * front, so a bad declaration fails here and not at the first call).
 */
public final class RepositoryFactory {
    private RepositoryFactory() {}

    /**
     * Creates the repository.
     *
     * @throws RepositoryDefinitionException if the interface is not a repository interface, or declares methods
     *     that cannot be implemented (all such problems are listed together)
     */
    public static <R> R create(Class<R> repositoryInterface, Supplier<EntityManager> entityManagers, Options defaults) {
        Objects.requireNonNull(repositoryInterface, "repositoryInterface");
        Objects.requireNonNull(entityManagers, "entityManagers");
        Objects.requireNonNull(defaults, "defaults");
        if (!repositoryInterface.isInterface()) {
            throw new RepositoryDefinitionException(repositoryInterface.getName()
                    + " is not an interface: declare repositories as interfaces extending SyncRepository<T, ID>"
                    + " or QueryRepository");
        }
        boolean sync = SyncRepository.class.isAssignableFrom(repositoryInterface);
        boolean query = QueryRepository.class.isAssignableFrom(repositoryInterface);
        if (!sync && !query) {
            throw new RepositoryDefinitionException(
                    repositoryInterface.getName() + " extends neither SyncRepository<T, ID> nor QueryRepository");
        }
        Map<Class<?>, Object> targets = new HashMap<>();
        Class<?> entityType = null;
        if (sync) {
            entityType = RepositoryTypes.of(repositoryInterface).entityType();
            SyncRepositoryImpl<?, ?> impl = newSync(entityType, entityManagers, defaults);
            targets.put(SyncRepository.class, impl);
            if (SlugRepository.class.isAssignableFrom(repositoryInterface)) {
                targets.put(SlugRepository.class, newSlug(entityType, entityManagers, defaults, repositoryInterface));
            }
        }
        if (query) {
            targets.put(QueryRepository.class, new QueryRepositoryImpl(entityManagers, defaults));
        }
        Map<Method, RepositoryInvocationHandler.Call> calls = new HashMap<>();
        List<Method> queryMethods = new ArrayList<>();
        for (Method m : repositoryInterface.getMethods()) {
            Object target = targets.get(m.getDeclaringClass());
            if (target instanceof SlugSupport<?> slug) {
                calls.put(m, RepositoryInvocationHandler.Call.delegate(slug, slugMethod(m)));
            } else if (target != null) {
                calls.put(m, RepositoryInvocationHandler.Call.delegate(target, m));
            } else if (m.isDefault()) {
                calls.put(m, RepositoryInvocationHandler.Call.defaultMethod(m));
            } else if (!Modifier.isStatic(m.getModifiers())) {
                Method base = redeclared(m, targets);
                if (base != null) {
                    Object baseTarget = targets.get(base.getDeclaringClass());
                    calls.put(
                            m,
                            baseTarget instanceof SlugSupport<?> slug
                                    ? RepositoryInvocationHandler.Call.delegate(slug, slugMethod(base))
                                    : RepositoryInvocationHandler.Call.delegate(baseTarget, base));
                } else {
                    queryMethods.add(m);
                }
            }
        }
        if (!queryMethods.isEmpty()) {
            calls.putAll(QueryMethodSupport.resolve(
                    repositoryInterface, entityType, entityManagers, defaults, queryMethods));
        }
        Object proxy = Proxy.newProxyInstance(
                repositoryInterface.getClassLoader(),
                new Class<?>[] {repositoryInterface},
                new RepositoryInvocationHandler(repositoryInterface, Map.copyOf(calls)));
        return repositoryInterface.cast(proxy);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SlugSupport<?> newSlug(
            Class<?> type, Supplier<EntityManager> ems, Options defaults, Class<?> repositoryInterface) {
        return new SlugSupport(type, ems, defaults, repositoryInterface);
    }

    private static Method slugMethod(Method m) {
        try {
            Method target = SlugSupport.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            target.setAccessible(true);
            return target;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("SlugSupport lacks " + m, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SyncRepositoryImpl<?, ?> newSync(Class<?> type, Supplier<EntityManager> ems, Options defaults) {
        return new SyncRepositoryImpl(type, ems, defaults);
    }

    // An abstract method that re-declares a base method with narrower types (e.g. "User get(UUID id)").
    private static Method redeclared(Method m, Map<Class<?>, Object> targets) {
        for (Class<?> base : targets.keySet()) {
            for (Method candidate : base.getMethods()) {
                if (candidate.getName().equals(m.getName())
                        && candidate.getParameterCount() == m.getParameterCount()
                        && assignable(candidate.getParameterTypes(), m.getParameterTypes())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean assignable(Class<?>[] to, Class<?>[] from) {
        for (int i = 0; i < to.length; i++) {
            if (!to[i].isAssignableFrom(from[i])) {
                return false;
            }
        }
        return true;
    }
}
