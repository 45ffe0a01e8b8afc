package dev.advancedalchemy.examples.payara;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves the example's resources ({@code /authors}, {@code /books} of module {@code examples-app}) and the library's
 * problem+json exception mappers, found by scanning, at the root of the context.
 */
@ApplicationPath("/")
public class ExampleApplication extends Application {}
