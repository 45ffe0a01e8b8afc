package dev.advancedalchemy.examples.payara;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the example's resources under {@code /api}. */
@ApplicationPath("/api")
public class ExampleApplication extends Application {}
