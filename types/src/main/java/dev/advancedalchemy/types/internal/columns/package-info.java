/** Provider-neutral rules for how our column types are declared and bound on each database. */
@NullMarked
package dev.advancedalchemy.types.internal.columns;

import org.jspecify.annotations.NullMarked;
