/** The CDI Lite extension, its runtime beans and the persistence units it manages in Java SE. */
@NullMarked
package dev.advancedalchemy.cdi.internal;

import org.jspecify.annotations.NullMarked;
