/** Atomic native upserts: one {@code INSERT … ON CONFLICT} / {@code ON DUPLICATE KEY} / {@code MERGE} per chunk. */
@NullMarked
package dev.advancedalchemy.repository.internal.upsert;

import org.jspecify.annotations.NullMarked;
