/**
 * Service provider interfaces of the repository engine for the project's own artifacts (alchemy-extension): what a
 * transaction manager needs of the JPA provider, {@link dev.advancedalchemy.repository.spi.DatabaseTransactions}.
 * Not a stable application API: it may change with any release.
 */
@NullMarked
package dev.advancedalchemy.repository.spi;

import org.jspecify.annotations.NullMarked;
