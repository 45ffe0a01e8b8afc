package dev.advancedalchemy.examples.app.schema;

import dev.advancedalchemy.exceptions.ConversionException;
import java.util.UUID;

/**
 * The body of {@code POST /books}: {@code {"title": "The Lathe of Heaven", "authorId": "…"}}.
 *
 * @param title required, 1 to 200 characters
 * @param authorId the id of an existing author, required
 * @throws ConversionException if a field is missing or the title blank or too long
 */
public record BookCreate(String title, UUID authorId) {
    /** Checks both fields. */
    public BookCreate {
        title = Inputs.required(title, "BookCreate", "title", 200);
        if (authorId == null) {
            throw new ConversionException("Input field 'authorId' of BookCreate is required");
        }
    }
}
