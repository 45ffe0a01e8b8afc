/**
 * Service provider interfaces of the model layer for the project's own artifacts: how alchemy-extension supplies
 * the CDI {@link dev.advancedalchemy.base.AuditorProvider} bean
 * ({@link dev.advancedalchemy.base.spi.AuditorProviderLocator}). Not a stable application API: it may change with any
 * release.
 */
@NullMarked
package dev.advancedalchemy.base.spi;

import org.jspecify.annotations.NullMarked;
