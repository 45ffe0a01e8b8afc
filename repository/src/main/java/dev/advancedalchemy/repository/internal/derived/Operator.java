package dev.advancedalchemy.repository.internal.derived;

import java.util.List;

/** A comparison keyword of a derived-query method name, with how many method arguments it consumes. */
enum Operator {
    // Order matters: the parser takes the first keyword that ends the part, so longer keywords come first.
    IS_NOT_NULL(0, "IsNotNull", "NotNull"),
    IS_NULL(0, "IsNull", "Null"),
    LESS_THAN_EQUAL(1, "IsLessThanEqual", "LessThanEqual"),
    LESS_THAN(1, "IsBefore", "Before", "IsLessThan", "LessThan"),
    GREATER_THAN_EQUAL(1, "IsGreaterThanEqual", "GreaterThanEqual"),
    GREATER_THAN(1, "IsAfter", "After", "IsGreaterThan", "GreaterThan"),
    BETWEEN(2, "IsBetween", "Between"),
    NOT_IN(1, "IsNotIn", "NotIn"),
    IN(1, "IsIn", "In"),
    NOT_LIKE(1, "IsNotLike", "NotLike"),
    LIKE(1, "IsLike", "Like"),
    STARTS_WITH(1, "IsStartingWith", "StartingWith", "StartsWith"),
    ENDS_WITH(1, "IsEndingWith", "EndingWith", "EndsWith"),
    NOT_CONTAINS(1, "IsNotContaining", "NotContaining", "NotContains"),
    CONTAINS(1, "IsContaining", "Containing", "Contains"),
    TRUE(0, "IsTrue", "True"),
    FALSE(0, "IsFalse", "False"),
    NOT_EQUALS(1, "IsNot", "Not"),
    EQUALS(1, "Equals", "Is");

    private final int arity;
    private final List<String> keywords;

    Operator(int arity, String... keywords) {
        this.arity = arity;
        this.keywords = List.of(keywords);
    }

    /** How many method arguments a condition with this operator consumes. */
    int arity() {
        return arity;
    }

    List<String> keywords() {
        return keywords;
    }

    /** True for the operators that render {@code LIKE … ESCAPE '!'}. */
    boolean isLike() {
        return this == LIKE
                || this == NOT_LIKE
                || this == STARTS_WITH
                || this == ENDS_WITH
                || this == CONTAINS
                || this == NOT_CONTAINS;
    }

    /** True when the argument is user text that must be escaped (only {@code Like} takes a raw pattern). */
    boolean escapesArgument() {
        return isLike() && this != LIKE && this != NOT_LIKE;
    }

    /** True for {@code In}/{@code NotIn}, whose argument is a collection. */
    boolean takesCollection() {
        return this == IN || this == NOT_IN;
    }
}
