/**
 * Derived queries ({@code findByNameAndAge}) and {@code @Query} methods: a pure method-name parser, a JPQL
 * renderer and the handlers that run them, all resolved and validated at deployment.
 */
@NullMarked
package dev.advancedalchemy.repository.internal.derived;

import org.jspecify.annotations.NullMarked;
