package dev.advancedalchemy.examples.app.schema;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /books/{id}}: {@code {"title": "…"}}; an absent or {@code null} title is left alone.
 *
 * @param title the new title, 1 to 200 characters
 * @throws dev.advancedalchemy.exceptions.ConversionException if the title is blank or too long
 */
public record BookUpdate(@Nullable String title) {
    /** Checks the title when present. */
    public BookUpdate {
        title = Inputs.optional(title, "BookUpdate", "title", 200);
    }
}
