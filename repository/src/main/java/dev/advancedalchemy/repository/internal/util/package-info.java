/** Small helpers shared by the repository internals: name suggestions and primitive boxing. */
@NullMarked
package dev.advancedalchemy.repository.internal.util;

import org.jspecify.annotations.NullMarked;
