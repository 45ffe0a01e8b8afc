/**
 * Bridges from the storage module's file lifecycle to the extension: transaction ends from {@code TransactionHooks}
 * and file events as CDI events. Both are found by the storage module with {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.advancedalchemy.files.internal;

import org.jspecify.annotations.NullMarked;
