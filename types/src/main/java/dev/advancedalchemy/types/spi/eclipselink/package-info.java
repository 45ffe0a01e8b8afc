/**
 * EclipseLink helpers shared by the project's own artifacts (alchemy-repository reads descriptors with
 * {@link dev.advancedalchemy.types.spi.eclipselink.Descriptors}; alchemy-storage adds its converters and session
 * listener to every unit through {@link dev.advancedalchemy.types.spi.eclipselink.EclipseLinkContribution}). Not a
 * stable application API: it may change with any release.
 */
@NullMarked
package dev.advancedalchemy.types.spi.eclipselink;

import org.jspecify.annotations.NullMarked;
