package dev.advancedalchemy.repository.internal;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What the write path needs to know about one entity type: its name, key, version and attribute accessors. */
final class EntityModel<T> {
    private final Class<T> type;
    private final EntityType<T> entityType;
    private final Map<String, Attribute<? super T, ?>> attributes = new LinkedHashMap<>();
    private final Map<String, AttributeAccess> access = new LinkedHashMap<>();
    private final List<String> idAttributes = new ArrayList<>();
    private final @Nullable String versionAttribute;
    private final boolean compositeKey;

    EntityModel(Class<T> type, Metamodel metamodel) {
        this.type = type;
        this.entityType = entityType(type, metamodel);
        String version = null;
        for (Attribute<? super T, ?> a : entityType.getAttributes()) {
            attributes.put(a.getName(), a);
            access.put(a.getName(), AttributeAccess.of(a));
            if (a instanceof SingularAttribute<?, ?> s) {
                if (s.isId()) {
                    idAttributes.add(a.getName());
                }
                if (s.isVersion()) {
                    version = a.getName();
                }
            }
        }
        this.versionAttribute = version;
        this.compositeKey = !entityType.hasSingleIdAttribute() || isEmbeddedId();
        if (!entityType.hasSingleIdAttribute()) {
            idAttributes.clear();
            for (SingularAttribute<? super T, ?> a : entityType.getIdClassAttributes()) {
                idAttributes.add(a.getName());
            }
        }
    }

    private static <T> EntityType<T> entityType(Class<T> type, Metamodel metamodel) {
        try {
            return metamodel.entity(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    type.getName() + " is not an entity of this persistence unit: list it in persistence.xml"
                            + " (or let the provider discover it) and annotate it with @Entity",
                    e);
        }
    }

    private boolean isEmbeddedId() {
        if (!entityType.hasSingleIdAttribute()) {
            return false;
        }
        for (Attribute<? super T, ?> a : entityType.getAttributes()) {
            if (a instanceof SingularAttribute<?, ?> s
                    && s.isId()
                    && s.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                return true;
            }
        }
        return false;
    }

    Class<T> type() {
        return type;
    }

    EntityType<T> entityType() {
        return entityType;
    }

    /** The JPA entity name, used in messages. */
    String name() {
        return entityType.getName();
    }

    /** Whether the key spans several columns ({@code @IdClass} or {@code @EmbeddedId}). */
    boolean compositeKey() {
        return compositeKey;
    }

    /** The single id attribute's name (for an {@code @EmbeddedId}, the embedded attribute). */
    String idAttribute() {
        if (!entityType.hasSingleIdAttribute()) {
            throw new IllegalStateException(name() + " has an @IdClass key");
        }
        return idAttributes.get(0);
    }

    boolean isId(String attribute) {
        return idAttributes.contains(attribute);
    }

    boolean isVersion(String attribute) {
        return attribute.equals(versionAttribute);
    }

    Map<String, Attribute<? super T, ?>> attributes() {
        return attributes;
    }

    AttributeAccess access(String attribute) {
        AttributeAccess a = access.get(attribute);
        if (a == null) {
            throw unknownAttribute(attribute);
        }
        return a;
    }

    IllegalArgumentException unknownAttribute(String attribute) {
        return new IllegalArgumentException("entity " + name() + " has no attribute '" + attribute
                + "'; valid attributes: " + String.join(", ", new TreeSet<>(attributes.keySet())));
    }

    /** A new, empty instance through the no-argument constructor every entity has. */
    T newInstance() {
        try {
            Constructor<T> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create a " + name() + " through its no-argument constructor", e);
        }
    }
}
