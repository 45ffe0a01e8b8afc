package dev.advancedalchemy.repository.internal.derived;

import java.util.Objects;

/**
 * One {@code OrderBy} term of a method name, for example {@code CreatedAtDesc}.
 *
 * @param attribute the entity attribute name
 * @param descending true for {@code Desc}
 */
record Sort(String attribute, boolean descending) {
    Sort {
        Objects.requireNonNull(attribute, "attribute");
    }
}
