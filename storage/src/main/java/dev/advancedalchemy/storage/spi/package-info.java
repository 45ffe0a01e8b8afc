/**
 * Extension points: {@link dev.advancedalchemy.storage.spi.StorageBackendFactory} (new backend types for
 * configuration), {@link dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar} (tell the file lifecycle
 * when a transaction ends) and {@link dev.advancedalchemy.storage.spi.Checksums} (the checksum a backend must store,
 * so that every backend, alchemy-storage-s3's too, computes the same value).
 */
@NullMarked
package dev.advancedalchemy.storage.spi;

import org.jspecify.annotations.NullMarked;
