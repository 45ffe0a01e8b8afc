/** Hibernate-specific support of the model layer (column types); not API. */
@NullMarked
package dev.advancedalchemy.base.internal.hibernate;

import org.jspecify.annotations.NullMarked;
