package dev.advancedalchemy.repository.internal.derived;

import java.util.List;
import java.util.Objects;

/**
 * A JPQL string and how the method's arguments bind to its named parameters.
 *
 * @param jpql the query text
 * @param bindings one entry per named parameter
 */
record RenderedQuery(String jpql, List<Binding> bindings) {
    RenderedQuery {
        Objects.requireNonNull(jpql, "jpql");
        bindings = List.copyOf(bindings);
    }

    /**
     * Binds method argument {@code argIndex} to parameter {@code name}, transformed for {@code operator}.
     *
     * @param name the JPQL parameter name without the colon
     * @param argIndex the index in the method's argument array
     * @param operator the operator whose argument this is (decides LIKE escaping)
     */
    record Binding(String name, int argIndex, Operator operator) {
        Binding {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(operator, "operator");
        }

        /** The value to bind for the argument: escaped and wrapped in {@code %} for the LIKE shortcuts. */
        Object value(Object arg) {
            return switch (operator) {
                case STARTS_WITH -> LikePatterns.startsWith((String) arg);
                case ENDS_WITH -> LikePatterns.endsWith((String) arg);
                case CONTAINS, NOT_CONTAINS -> LikePatterns.contains((String) arg);
                case IN, NOT_IN -> arg instanceof Object[] array ? List.of(array) : arg;
                default -> arg;
            };
        }
    }
}
