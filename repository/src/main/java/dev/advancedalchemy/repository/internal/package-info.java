/**
 * The repository engine behind the public interfaces: the JDK-proxy factory, the {@code SyncRepository} and
 * {@code QueryRepository} implementations, partial updates, transactions per call and error translation.
 */
@NullMarked
package dev.advancedalchemy.repository.internal;

import org.jspecify.annotations.NullMarked;
