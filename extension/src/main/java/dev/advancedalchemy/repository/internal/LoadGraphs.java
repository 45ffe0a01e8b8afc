package dev.advancedalchemy.repository.internal;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Subgraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns fetch paths ({@code "books"}, {@code "author.publisher"}) into a load-graph hint for {@code find}. */
final class LoadGraphs {
    static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

    private LoadGraphs() {}

    static <T> Map<String, Object> hints(EntityManager em, Class<T> type, List<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        EntityGraph<T> graph = em.createEntityGraph(type);
        Map<String, Subgraph<?>> subgraphs = new HashMap<>();
        for (String path : paths) {
            String[] parts = path.split("\\.");
            Subgraph<?> parent = null;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean last = i == parts.length - 1;
                if (prefix.length() > 0) {
                    prefix.append('.');
                }
                prefix.append(part);
                if (last && !subgraphs.containsKey(prefix.toString())) {
                    if (parent == null) {
                        graph.addAttributeNodes(part);
                    } else {
                        parent.addAttributeNodes(part);
                    }
                } else if (!last) {
                    Subgraph<?> existing = subgraphs.get(prefix.toString());
                    if (existing == null) {
                        existing = parent == null ? graph.addSubgraph(part) : parent.addSubgraph(part);
                        subgraphs.put(prefix.toString(), existing);
                    }
                    parent = existing;
                }
            }
        }
        return Map.of(LOAD_GRAPH, graph);
    }
}
