/** The example's entities ({@code Author}, {@code Book}) and their {@code @AlchemyRepository} interfaces. */
@NullMarked
package dev.advancedalchemy.examples.app.model;

import org.jspecify.annotations.NullMarked;
