package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Subgraph;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns fetch paths ({@code "books"}, {@code "author.publisher"}) into a load graph, which the provider loads without
 * adding joined rows to the result, so pagination and counts stay right.
 */
public final class LoadGraphs {
    /** The standard query hint of a load graph. */
    static final String HINT = "jakarta.persistence.loadgraph";

    private LoadGraphs() {}

    /** Checks every path against the metamodel; throws {@link InvalidFilterException} for an unknown segment. */
    static List<List<String>> validate(
            Class<?> entityClass, Metamodel metamodel, FieldResolver names, List<String> paths) {
        List<List<String>> result = new ArrayList<>();
        for (String path : paths) {
            if (path == null || path.isBlank()) {
                throw new InvalidFilterException("load paths must not be blank");
            }
            ManagedType<?> type = metamodel.managedType(entityClass);
            List<String> segments = new ArrayList<>();
            for (String part : path.split("\\.", -1)) {
                if (type == null) {
                    throw new InvalidFilterException("load path '" + path + "' on " + names.entityName() + ": '"
                            + String.join(".", segments) + "' is not an association or embeddable");
                }
                Attribute<?, ?> a = names.find(type, part, path, String.join(".", segments));
                segments.add(a.getName());
                Class<?> next = a instanceof PluralAttribute<?, ?, ?> p
                        ? p.getElementType().getJavaType()
                        : a.getJavaType();
                type = a.isAssociation() || a.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
                        ? metamodel.managedType(next)
                        : null;
            }
            result.add(segments);
        }
        return result;
    }

    /**
     * The load-graph hint for {@code find} and queries of the repository's own look-ups, from fetch paths that were
     * not validated (the provider rejects an unknown attribute); empty when there are no paths.
     */
    public static <T> Map<String, Object> hints(EntityManager em, Class<T> entityClass, List<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        List<List<String>> segments =
                paths.stream().map(p -> List.of(p.split("\\."))).toList();
        return Map.of(HINT, build(em, entityClass, segments));
    }

    static <T> EntityGraph<T> build(EntityManager em, Class<T> entityClass, List<List<String>> paths) {
        EntityGraph<T> graph = em.createEntityGraph(entityClass);
        Map<String, Subgraph<?>> subgraphs = new HashMap<>();
        for (List<String> segments : paths) {
            Subgraph<?> parent = null;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < segments.size(); i++) {
                String s = segments.get(i);
                boolean last = i == segments.size() - 1;
                prefix.append(s).append('.');
                if (last && subgraphs.containsKey(prefix.toString())) {
                    continue; // "a.b" before "a": the subgraph already loads a
                }
                if (last) {
                    if (parent == null) {
                        graph.addAttributeNodes(s);
                    } else {
                        parent.addAttributeNodes(s);
                    }
                } else {
                    Subgraph<?> p = parent;
                    parent = subgraphs.computeIfAbsent(
                            prefix.toString(), k -> p == null ? graph.addSubgraph(s) : p.addSubgraph(s));
                }
            }
        }
        return graph;
    }
}
