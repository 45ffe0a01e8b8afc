package dev.advancedalchemy.examples.app.schema;

import dev.advancedalchemy.exceptions.ConversionException;
import org.jspecify.annotations.Nullable;

/** Checks shared by the input records; each failure is a {@link ConversionException} (a 400) naming the field. */
final class Inputs {
    private Inputs() {}

    /** {@code value}, which must be present and not blank. */
    static String required(@Nullable String value, String schema, String field, int maxLength) {
        if (value == null) {
            throw new ConversionException("Input field '" + field + "' of " + schema + " is required");
        }
        return optional(value, schema, field, maxLength);
    }

    /** {@code value}, which may be absent ({@code null}) but not blank or too long. */
    static @Nullable String optional(@Nullable String value, String schema, String field, int maxLength) {
        if (value != null && value.isBlank()) {
            throw new ConversionException("Input field '" + field + "' of " + schema + " must not be blank");
        }
        if (value != null && value.length() > maxLength) {
            throw new ConversionException(
                    "Input field '" + field + "' of " + schema + " must be at most " + maxLength + " characters");
        }
        return value;
    }
}
