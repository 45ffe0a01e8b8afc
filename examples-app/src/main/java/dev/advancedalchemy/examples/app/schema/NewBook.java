package dev.advancedalchemy.examples.app.schema;

/**
 * A book created together with its author, inside {@link AuthorCreate}: {@code {"title": "The Dispossessed"}}.
 *
 * @param title required, 1 to 200 characters
 * @throws dev.advancedalchemy.exceptions.ConversionException if the title is missing, blank or too long
 */
public record NewBook(String title) {
    /** Checks the title. */
    public NewBook {
        title = Inputs.required(title, "NewBook", "title", 200);
    }
}
