package dev.advancedalchemy.repository;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The entity and id classes a repository interface binds {@code SyncRepository<T, ID>} to, read from its generic
 * declaration (through intermediate generic interfaces too).
 *
 * <pre>{@code
 * interface UserRepository extends SyncRepository<User, UUID> {}
 * RepositoryTypes t = RepositoryTypes.of(UserRepository.class); // entityType User, idType UUID
 * }</pre>
 *
 * @param entityType the class bound to {@code T}
 * @param idType the class bound to {@code ID}
 */
public record RepositoryTypes(Class<?> entityType, Class<?> idType) {
    public RepositoryTypes {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(idType, "idType");
    }

    /**
     * Reads the bindings of {@code SyncRepository<T, ID>} from a repository interface.
     *
     * @throws RepositoryDefinitionException if the interface does not extend {@code SyncRepository}, or leaves
     *     {@code T} or {@code ID} unbound (a raw type or a type variable)
     */
    public static RepositoryTypes of(Class<?> repositoryInterface) {
        Type[] args = find(repositoryInterface, Map.of());
        if (args == null) {
            throw new RepositoryDefinitionException(repositoryInterface.getName()
                    + " does not extend SyncRepository<T, ID>: declare it as 'interface "
                    + repositoryInterface.getSimpleName() + " extends SyncRepository<MyEntity, MyId>'");
        }
        Class<?> entity = raw(args[0]);
        Class<?> id = raw(args[1]);
        if (entity == null || id == null) {
            throw new RepositoryDefinitionException(repositoryInterface.getName()
                    + " must bind SyncRepository<T, ID> to concrete classes, e.g. SyncRepository<User, UUID>; found "
                    + args[0].getTypeName() + ", " + args[1].getTypeName());
        }
        return new RepositoryTypes(entity, id);
    }

    private static Type @Nullable [] find(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
        for (Type parent : type.getGenericInterfaces()) {
            Class<?> rawParent = raw(parent);
            if (rawParent == null) {
                continue;
            }
            Map<TypeVariable<?>, Type> next = new HashMap<>();
            Type[] resolved = new Type[0];
            if (parent instanceof ParameterizedType p) {
                Type[] actual = p.getActualTypeArguments();
                resolved = new Type[actual.length];
                TypeVariable<?>[] vars = rawParent.getTypeParameters();
                for (int i = 0; i < actual.length; i++) {
                    Type a = actual[i] instanceof TypeVariable<?> v ? bindings.getOrDefault(v, v) : actual[i];
                    resolved[i] = a;
                    next.put(vars[i], a);
                }
            }
            if (rawParent == SyncRepository.class) {
                return resolved.length == 2 ? resolved : SyncRepository.class.getTypeParameters(); // raw: unbound
            }
            Type[] found = find(rawParent, next);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
