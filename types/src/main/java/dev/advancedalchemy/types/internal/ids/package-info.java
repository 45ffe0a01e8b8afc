/**
 * Internal: the id generators behind {@code UUIDs} and {@code NanoIds}, with the clock and the randomness injectable
 * so that tests can drive them. Not API.
 */
@NullMarked
package dev.advancedalchemy.types.internal.ids;

import org.jspecify.annotations.NullMarked;
