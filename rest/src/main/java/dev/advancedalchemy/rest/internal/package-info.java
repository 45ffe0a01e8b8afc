/** Query-string reading and value conversion behind {@link dev.advancedalchemy.rest.FilterParameters}. */
@NullMarked
package dev.advancedalchemy.rest.internal;

import org.jspecify.annotations.NullMarked;
