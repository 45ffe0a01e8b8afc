/** Implementation of the storage module: key checks, built-in backends, JSON form and the file lifecycle. */
@NullMarked
package dev.advancedalchemy.storage.internal;

import org.jspecify.annotations.NullMarked;
