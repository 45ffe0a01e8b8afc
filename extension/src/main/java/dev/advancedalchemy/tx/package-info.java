/**
 * Transactions: hooks that run after the current transaction commits or rolls back.
 *
 * <p>Under JTA the platform's {@code @Transactional} applies; without JTA (Java SE, RESOURCE_LOCAL units) the
 * extension's own interceptor implements {@code jakarta.transaction.Transactional} with all six
 * {@code TxType}s, {@code rollbackOn}/{@code dontRollbackOn} and the JTA default rules.
 */
@NullMarked
package dev.advancedalchemy.tx;

import org.jspecify.annotations.NullMarked;
