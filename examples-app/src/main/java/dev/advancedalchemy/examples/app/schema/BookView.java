package dev.advancedalchemy.examples.app.schema;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A book as the API returns it, with its audit times (UTC, ISO-8601) and its cover ({@code null} when it has none).
 */
public record BookView(
        UUID id,
        String title,
        UUID authorId,
        Instant createdAt,
        Instant updatedAt,
        @Nullable CoverView cover) {}
