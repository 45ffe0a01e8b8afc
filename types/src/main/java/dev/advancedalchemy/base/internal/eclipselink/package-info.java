/** EclipseLink-specific support of the model layer (table naming, column types); not API. */
@NullMarked
package dev.advancedalchemy.base.internal.eclipselink;

import org.jspecify.annotations.NullMarked;
