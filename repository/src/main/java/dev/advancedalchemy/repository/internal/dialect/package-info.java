/** Database-specific SQL (upserts, bind limits, error codes, LIKE case handling) behind one interface. */
@NullMarked
package dev.advancedalchemy.repository.internal.dialect;

import org.jspecify.annotations.NullMarked;
