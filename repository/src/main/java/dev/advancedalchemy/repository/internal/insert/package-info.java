/** {@code addMany}'s JDBC batch insert for entities whose rows the provider's mapping fully describes. */
@NullMarked
package dev.advancedalchemy.repository.internal.insert;

import org.jspecify.annotations.NullMarked;
