package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.repository.internal.util.Primitives;
import dev.advancedalchemy.repository.internal.util.Suggestions;
import dev.advancedalchemy.types.Opaque;
import jakarta.persistence.Convert;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Resolves field names and dotted paths against the JPA metamodel, caching the answers per engine. */
final class FieldResolver {
    private final Class<?> entityClass;
    private final Metamodel metamodel;
    private final Map<String, FieldRef> cache = new ConcurrentHashMap<>();

    FieldResolver(Class<?> entityClass, Metamodel metamodel) {
        this.entityClass = entityClass;
        this.metamodel = metamodel;
    }

    /** Resolves a name used in a filter condition. */
    FieldRef condition(String name) {
        FieldRef f = resolve(name);
        if (f.opaque()) {
            throw new InvalidFilterException(entityName() + "." + f.path()
                    + " holds an opaque value (encrypted, hashed or a file) and cannot be filtered");
        }
        return f;
    }

    /** Resolves a name used in a text search ({@code LIKE}). */
    FieldRef text(String name, String use) {
        FieldRef f = condition(name);
        if (f.javaType() != String.class) {
            throw new InvalidFilterException(use + " needs a text attribute, but " + entityName() + "." + f.path()
                    + " is a " + f.javaType().getSimpleName());
        }
        return f;
    }

    /** Resolves a name used for sorting. */
    FieldRef sortable(String name) {
        FieldRef f = resolve(name);
        if (f.opaque()) {
            throw new InvalidFilterException(entityName() + "." + f.path()
                    + " holds an opaque value (encrypted, hashed or a file) and cannot be sorted");
        }
        if (!f.basic()) {
            throw new InvalidFilterException(entityName() + "." + f.path()
                    + " is an association or embeddable and cannot be sorted; sort by one of its attributes,"
                    + " for example '" + f.path() + ".id'");
        }
        return f;
    }

    String entityName() {
        return metamodel.entity(entityClass).getName();
    }

    private FieldRef resolve(String name) {
        return cache.computeIfAbsent(name, this::walk);
    }

    private FieldRef walk(String name) {
        ManagedType<?> type = metamodel.managedType(entityClass);
        String[] parts = name.split("\\.", -1);
        List<String> segments = new ArrayList<>();
        List<Boolean> associations = new ArrayList<>();
        Attribute<?, ?> attribute = null;
        for (int i = 0; i < parts.length; i++) {
            if (type == null) {
                throw new InvalidFilterException("'" + name + "' on " + entityName() + ": " + String.join(".", segments)
                        + " is a basic value and has no attribute '" + parts[i] + "'");
            }
            attribute = find(type, parts[i], name, String.join(".", segments));
            segments.add(attribute.getName());
            if (attribute.isCollection()) {
                throw new InvalidFilterException("'" + name + "' on " + entityName() + " goes through the to-many"
                        + " association '" + attribute.getName() + "'; only to-one associations can be used in"
                        + " filters and sorts (use Filters.where(...) with a join for collections)");
            }
            boolean association = attribute.isAssociation();
            boolean embedded = attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED;
            if (i < parts.length - 1) {
                associations.add(association);
            }
            type = association || embedded ? metamodel.managedType(attribute.getJavaType()) : null;
        }
        Class<?> javaType = Primitives.box(attribute.getJavaType());
        boolean basic = attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC;
        return new FieldRef(name, segments, associations, javaType, basic, isOpaque(attribute, javaType));
    }

    Attribute<?, ?> find(ManagedType<?> type, String part, String fullName, String prefix) {
        List<String> names = new ArrayList<>();
        for (Attribute<?, ?> a : type.getAttributes()) {
            if (a.getName().equals(part)) {
                return a;
            }
            names.add(a.getName());
        }
        String camel = snakeToCamel(part);
        for (Attribute<?, ?> a : type.getAttributes()) {
            if (a.getName().equals(camel)) {
                return a;
            }
        }
        String owner = prefix.isEmpty() ? entityName() : entityName() + "." + prefix;
        StringBuilder msg = new StringBuilder("Unknown field '")
                .append(fullName)
                .append("' on ")
                .append(entityName());
        if (!prefix.isEmpty()) {
            msg.append(" (")
                    .append(owner)
                    .append(" has no attribute '")
                    .append(part)
                    .append("')");
        }
        String suggestion = closest(part, names);
        if (suggestion != null) {
            msg.append(": did you mean '")
                    .append(prefix.isEmpty() ? suggestion : prefix + "." + suggestion)
                    .append("'?");
        }
        msg.append(" Valid fields of ").append(owner).append(": ").append(new TreeSet<>(names));
        throw new InvalidFilterException(msg.toString());
    }

    static @Nullable String closest(String wanted, List<String> candidates) {
        return Suggestions.closest(snakeToCamel(wanted), candidates).orElse(null);
    }

    static String snakeToCamel(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : s.toCharArray()) {
            if (c == '_') {
                upper = b.length() > 0;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static boolean isOpaque(Attribute<?, ?> attribute, Class<?> javaType) {
        if (Opaque.class.isAssignableFrom(javaType)) {
            return true;
        }
        Member member = attribute.getJavaMember();
        if (member instanceof AnnotatedElement element) {
            Convert convert = element.getAnnotation(Convert.class);
            return convert != null && Opaque.class.isAssignableFrom(convert.converter());
        }
        return false;
    }
}
