/** Integration tests of the crypto column types through EclipseLink and Hibernate on the database matrix. */
@NullMarked
package dev.advancedalchemy.types.it;

import org.jspecify.annotations.NullMarked;
