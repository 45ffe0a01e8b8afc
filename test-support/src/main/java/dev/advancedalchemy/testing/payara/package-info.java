/** Payara Micro 6 in a separate JVM, for the HTTP tests of the Payara example and quickstart WARs. */
@NullMarked
package dev.advancedalchemy.testing.payara;

import org.jspecify.annotations.NullMarked;
