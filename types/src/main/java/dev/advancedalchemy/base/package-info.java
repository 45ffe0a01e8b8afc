/**
 * Base entity classes and model helpers: mapped superclasses with UUID, big-integer, identity and NanoID keys and
 * audit columns, slugs and get-or-create.
 */
@NullMarked
package dev.advancedalchemy.base;

import org.jspecify.annotations.NullMarked;
