/** Resource-local transactions without JTA: the {@code @Transactional} interceptor and per-thread state. */
@NullMarked
package dev.advancedalchemy.tx.internal;

import org.jspecify.annotations.NullMarked;
