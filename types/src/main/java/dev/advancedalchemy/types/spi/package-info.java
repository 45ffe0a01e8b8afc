/**
 * Service provider interfaces of alchemy-types for the project's own artifacts: the database products the column
 * types and the repository engine tell apart, {@link dev.advancedalchemy.types.spi.Database}, with one set of
 * detection rules. Not a stable application API: it may change with any release.
 */
@NullMarked
package dev.advancedalchemy.types.spi;

import org.jspecify.annotations.NullMarked;
