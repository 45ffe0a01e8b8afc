package dev.advancedalchemy.examples.app.schema;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /authors/{id}}: only the fields present change ({@code {"dob": "1929-10-21"}} keeps the
 * name). A {@code null} counts as absent.
 *
 * @param name the new name, 1 to 100 characters
 * @param dob the new date of birth
 * @throws dev.advancedalchemy.exceptions.ConversionException if the name is blank or too long
 */
public record AuthorUpdate(@Nullable String name, @Nullable LocalDate dob) {
    /** Checks the name when present. */
    public AuthorUpdate {
        name = Inputs.optional(name, "AuthorUpdate", "name", 100);
    }
}
