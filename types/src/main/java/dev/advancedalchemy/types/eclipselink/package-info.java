/** EclipseLink entry points for the column types of {@code dev.advancedalchemy.types}. */
@NullMarked
package dev.advancedalchemy.types.eclipselink;

import org.jspecify.annotations.NullMarked;
