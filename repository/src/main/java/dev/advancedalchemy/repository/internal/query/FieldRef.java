package dev.advancedalchemy.repository.internal.query;

import java.util.List;

/**
 * A field name resolved against the metamodel: the attribute path and what may be done with it.
 *
 * @param name the name as the caller wrote it
 * @param segments attribute names from the root entity to the attribute (associations joined on the way)
 * @param associationSegments how many leading segments are to-one associations (joined) rather than embeddables
 * @param javaType the attribute's Java type, primitives boxed
 * @param basic whether the attribute is a basic value (not an association or embeddable)
 * @param opaque whether its type or converter is {@link dev.advancedalchemy.types.Opaque}
 */
record FieldRef(
        String name,
        List<String> segments,
        List<Boolean> associationSegments,
        Class<?> javaType,
        boolean basic,
        boolean opaque) {
    FieldRef {
        segments = List.copyOf(segments);
        associationSegments = List.copyOf(associationSegments);
    }

    String path() {
        return String.join(".", segments);
    }
}
