package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Operators of a {@link ComparisonFilter}, named as in Python's {@code ComparisonFilter.operator}.
 *
 * <p>{@code LIKE}/{@code ILIKE} take a pattern in which {@code %} and {@code _} are wildcards and {@code !} escapes
 * the next character; {@code STARTSWITH}, {@code ENDSWITH} and their {@code I…} forms take literal text. The
 * {@code I…} forms ignore case; the others are case-sensitive on every database.
 */
public enum ComparisonOperator {
    EQ("eq"),
    NE("ne"),
    GT("gt"),
    GE("ge"),
    LT("lt"),
    LE("le"),
    IN("in"),
    NOTIN("notin"),
    BETWEEN("between"),
    LIKE("like"),
    ILIKE("ilike"),
    STARTSWITH("startswith"),
    ISTARTSWITH("istartswith"),
    ENDSWITH("endswith"),
    IENDSWITH("iendswith");

    private final String pythonName;

    ComparisonOperator(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The operator's name in the Python JSON form, for example {@code "istartswith"}. */
    public String pythonName() {
        return pythonName;
    }

    /** Whether the operator compares text with {@code LIKE}. */
    public boolean isTextMatch() {
        return ordinal() >= LIKE.ordinal();
    }

    /** Whether the operator ignores case. */
    public boolean ignoresCase() {
        return this == ILIKE || this == ISTARTSWITH || this == IENDSWITH;
    }

    /**
     * Looks an operator up by its Python name.
     *
     * @throws InvalidFilterException naming the valid operators if {@code name} is not one of them
     */
    public static ComparisonOperator of(String name) {
        for (ComparisonOperator op : values()) {
            if (op.pythonName.equals(name)) {
                return op;
            }
        }
        throw new InvalidFilterException("Invalid operator '" + name + "'. Must be one of: "
                + Arrays.stream(values())
                        .map(ComparisonOperator::pythonName)
                        .sorted()
                        .collect(Collectors.joining(", ")));
    }
}
