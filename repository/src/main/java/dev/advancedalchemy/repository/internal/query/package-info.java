/**
 * The read engine behind every repository read: turns filters into Jakarta Persistence Criteria queries (pure JPA,
 * no provider API), resolving field names through the metamodel and escaping LIKE input.
 */
@NullMarked
package dev.advancedalchemy.repository.internal.query;

import org.jspecify.annotations.NullMarked;
