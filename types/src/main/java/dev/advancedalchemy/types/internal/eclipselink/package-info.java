/** EclipseLink adapters that declare and bind our column types per database. */
@NullMarked
package dev.advancedalchemy.types.internal.eclipselink;

import org.jspecify.annotations.NullMarked;
