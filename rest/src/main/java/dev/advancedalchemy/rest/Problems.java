package dev.advancedalchemy.rest;

import jakarta.ws.rs.core.UriInfo;
import org.jspecify.annotations.Nullable;

/** Shared pieces of the two exception mappers. */
final class Problems {
    /** The only detail a 500 ever carries. */
    static final String UNEXPECTED = "The server could not complete the request; the error has been logged.";

    private Problems() {}

    /** The request path, or {@code null} outside a request (the mapper used directly). */
    static @Nullable String instance(@Nullable UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            // A proxied UriInfo used outside a request throws; the problem is still worth sending.
            return null;
        }
    }
}
