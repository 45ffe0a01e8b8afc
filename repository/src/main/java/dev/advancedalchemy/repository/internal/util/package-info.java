/** Small helpers shared by the repository internals: name suggestions, primitive boxing and cause chains. */
@NullMarked
package dev.advancedalchemy.repository.internal.util;

import org.jspecify.annotations.NullMarked;
