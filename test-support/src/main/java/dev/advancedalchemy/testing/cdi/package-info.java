/**
 * Weld SE containers for the CDI tests of the extension and REST modules. Weld and SmallRye Config are optional
 * dependencies of this module: a module whose tests use this package declares them itself.
 */
@NullMarked
package dev.advancedalchemy.testing.cdi;

import org.jspecify.annotations.NullMarked;
