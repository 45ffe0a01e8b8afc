package dev.advancedalchemy.examples.app.schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One author with the books, ordered by title: the answer of {@code GET /authors/{id}} and {@code POST /authors}. */
public record AuthorWithBooks(
        UUID id, String name, @Nullable LocalDate dob, List<BookView> books) {}
