/** The example's JAX-RS resources: {@code /authors} and {@code /books}. */
@NullMarked
package dev.advancedalchemy.examples.app.web;

import org.jspecify.annotations.NullMarked;
