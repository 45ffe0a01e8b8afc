/**
 * The architecture rules (ArchUnit) of the published modules: which APIs each module may use, that
 * {@code ..internal..} code stays in its artifact, and that provider APIs stay in provider packages
 * ({@link dev.advancedalchemy.testing.architecture.ArchitectureRules}).
 */
@NullMarked
package dev.advancedalchemy.testing.architecture;

import org.jspecify.annotations.NullMarked;
