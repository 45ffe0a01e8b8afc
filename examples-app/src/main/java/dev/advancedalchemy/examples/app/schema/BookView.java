package dev.advancedalchemy.examples.app.schema;

import java.time.Instant;
import java.util.UUID;

/** A book as the API returns it, with its audit times (UTC, ISO-8601). */
public record BookView(UUID id, String title, UUID authorId, Instant createdAt, Instant updatedAt) {}
