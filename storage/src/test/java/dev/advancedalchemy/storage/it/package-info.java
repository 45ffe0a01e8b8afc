/** Lifecycle tests with a real JPA provider and database. */
@NullMarked
package dev.advancedalchemy.storage.it;

import org.jspecify.annotations.NullMarked;
