/**
 * Extension points: {@link dev.advancedalchemy.storage.spi.StorageBackendFactory} (new backend types for
 * configuration) and {@link dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar} (tell the file lifecycle
 * when a transaction ends).
 */
@NullMarked
package dev.advancedalchemy.storage.spi;

import org.jspecify.annotations.NullMarked;
