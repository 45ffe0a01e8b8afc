/** Request ({@code *Create}, {@code *Update}) and response ({@code *View}) records of the example's REST API. */
@NullMarked
package dev.advancedalchemy.examples.app.schema;

import org.jspecify.annotations.NullMarked;
