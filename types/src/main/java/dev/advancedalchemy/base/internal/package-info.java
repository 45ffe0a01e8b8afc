/** Support code of the base entity classes; not API. */
@NullMarked
package dev.advancedalchemy.base.internal;

import org.jspecify.annotations.NullMarked;
