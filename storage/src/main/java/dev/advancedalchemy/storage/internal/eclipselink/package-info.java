/** EclipseLink-specific hook of the file lifecycle (flush and transaction-end events of a session). */
@NullMarked
package dev.advancedalchemy.storage.internal.eclipselink;

import org.jspecify.annotations.NullMarked;
