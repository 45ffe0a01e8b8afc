package dev.advancedalchemy.examples.app.schema;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /authors}: {@code {"name": "Ursula K. Le Guin", "dob": "1929-10-21", "books": [{"title":
 * "A Wizard of Earthsea"}]}}.
 *
 * @param name required, 1 to 100 characters, unique among authors
 * @param dob the date of birth, ISO-8601, optional
 * @param books books to create with the author, optional
 * @throws dev.advancedalchemy.exceptions.ConversionException if the name is missing, blank or too long
 */
public record AuthorCreate(String name, @Nullable LocalDate dob, List<NewBook> books) {
    /** Checks the name; absent books mean none. */
    public AuthorCreate {
        name = Inputs.required(name, "AuthorCreate", "name", 100);
        books = books == null ? List.of() : List.copyOf(books);
    }
}
