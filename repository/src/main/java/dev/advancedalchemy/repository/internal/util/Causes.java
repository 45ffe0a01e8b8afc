package dev.advancedalchemy.repository.internal.util;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Walks an exception's cause chain, each exception once (a cycle ends the walk). */
public final class Causes {
    private Causes() {}

    /** The first of {@code failure} and its causes that is a {@code type}, or null. */
    public static <T extends Throwable> @Nullable T first(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
