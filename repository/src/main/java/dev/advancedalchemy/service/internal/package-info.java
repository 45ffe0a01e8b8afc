/** Conversion between request data, entities and response schemas behind the service layer. */
@NullMarked
package dev.advancedalchemy.service.internal;

import org.jspecify.annotations.NullMarked;
