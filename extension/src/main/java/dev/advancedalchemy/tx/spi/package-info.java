/**
 * Service provider interfaces of the extension for the project's own artifacts (alchemy-rest): the request
 * transaction of the commit modes, {@link dev.advancedalchemy.tx.spi.RequestTransactions}. Not a stable application
 * API: it may change with any release of the extension.
 */
@NullMarked
package dev.advancedalchemy.tx.spi;

import org.jspecify.annotations.NullMarked;
