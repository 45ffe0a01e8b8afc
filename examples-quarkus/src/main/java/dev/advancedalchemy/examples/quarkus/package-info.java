/** The Authors/Books example application on Quarkus. */
@NullMarked
package dev.advancedalchemy.examples.quarkus;

import org.jspecify.annotations.NullMarked;
