package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.filter.ComparisonOperator;
import dev.advancedalchemy.filter.CriteriaFilter;
import java.util.List;

/** A validated condition with resolved fields and converted values, ready to render as a Criteria predicate. */
sealed interface Condition {
    /** All parts hold (an empty list holds). */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds. */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }

    /** {@code field op value} for eq, ne, gt, ge, lt, le. */
    record Compare(FieldRef field, ComparisonOperator op, Object value) implements Condition {}

    /** {@code field [NOT] IN (values)}, values non-empty. */
    record In(FieldRef field, List<Object> values, boolean negated) implements Condition {
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code field BETWEEN low AND high}. */
    record Between(FieldRef field, Object low, Object high) implements Condition {}

    /** {@code field [NOT] LIKE pattern ESCAPE '!'}, optionally case-insensitive. */
    record Like(FieldRef field, String pattern, boolean ignoreCase, boolean negated) implements Condition {}

    /** {@code field IS [NOT] NULL}. */
    record IsNull(FieldRef field, boolean negated) implements Condition {}

    /** Matches nothing (an empty {@code IN} list). */
    record Never() implements Condition {}

    /** A caller-written Criteria predicate. */
    record Custom(CriteriaFilter filter) implements Condition {}
}
