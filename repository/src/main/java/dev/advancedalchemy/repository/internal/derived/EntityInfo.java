package dev.advancedalchemy.repository.internal.derived;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What derived queries need to know about an entity, read from the JPA metamodel once at deployment.
 *
 * @param javaType the entity class
 * @param entityName the JPQL entity name
 * @param idAttribute the single id attribute, or null for composite ids
 * @param attributes every attribute name and its Java type
 * @param pluralAttributes the names of collection-valued attributes
 */
record EntityInfo(
        Class<?> javaType,
        String entityName,
        @Nullable String idAttribute,
        Map<String, Class<?>> attributes,
        Set<String> pluralAttributes) {
    EntityInfo {
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(entityName, "entityName");
        attributes = Map.copyOf(attributes);
        pluralAttributes = Set.copyOf(pluralAttributes);
    }

    /**
     * Reads the entity from the metamodel.
     *
     * @throws IllegalArgumentException if {@code entityClass} is not an entity of the metamodel
     */
    static EntityInfo of(Metamodel metamodel, Class<?> entityClass) {
        EntityType<?> type = metamodel.entity(entityClass);
        Map<String, Class<?>> attributes = new LinkedHashMap<>();
        Set<String> plural = new TreeSet<>();
        for (Attribute<?, ?> a : type.getAttributes()) {
            attributes.put(a.getName(), a.getJavaType());
            if (a.isCollection()) {
                plural.add(a.getName());
            }
        }
        String id = null;
        if (type.hasSingleIdAttribute()) {
            for (var a : type.getSingularAttributes()) {
                if (a.isId()) {
                    id = a.getName();
                }
            }
        }
        return new EntityInfo(entityClass, type.getName(), id, attributes, plural);
    }

    String simpleName() {
        return javaType.getSimpleName();
    }
}
