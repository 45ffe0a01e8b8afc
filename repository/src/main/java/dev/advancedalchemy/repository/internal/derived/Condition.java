package dev.advancedalchemy.repository.internal.derived;

import java.util.Objects;

/**
 * One comparison of a derived query, for example {@code nameIgnoreCase} → {@code (name, EQUALS, ignoreCase)}.
 *
 * @param attribute the entity attribute name (decapitalized from the method name)
 * @param operator the comparison
 * @param ignoreCase whether both sides are compared in lower case
 */
record Condition(String attribute, Operator operator, boolean ignoreCase) {
    Condition {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
    }
}
