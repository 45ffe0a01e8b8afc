/**
 * Reads table and column names, database-form values and lifecycle hooks of an entity from the JPA provider's
 * own mapping metadata, so native SQL (upserts) writes exactly what the provider would write.
 */
@NullMarked
package dev.advancedalchemy.repository.internal.dialect.mapping;

import org.jspecify.annotations.NullMarked;
