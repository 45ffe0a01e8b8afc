package dev.advancedalchemy.examples.app.schema;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An author in lists and after a PATCH: {@code {"id": "…", "name": "Ursula K. Le Guin", "dob": "1929-10-21"}}.
 * Listing authors never loads their books.
 */
public record AuthorView(UUID id, String name, @Nullable LocalDate dob) {}
