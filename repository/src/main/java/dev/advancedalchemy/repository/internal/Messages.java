package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.repository.ErrorKind;
import dev.advancedalchemy.repository.Options;
import org.jspecify.annotations.Nullable;

/** The default detail texts of repository errors, and the per-call/per-repository overrides applied to them. */
final class Messages {
    private Messages() {}

    static String render(ErrorKind kind, Options options, String entity, @Nullable String constraint, String fallback) {
        String template = options.errorMessage(kind).orElse(fallback);
        return template.replace("{entity}", entity)
                .replace("{constraint}", constraint == null ? "unknown" : constraint);
    }

    static String duplicateKey(@Nullable String constraint) {
        return constraint == null
                ? "{entity} with the same key already exists (unique or primary key constraint violated)"
                : "{entity} with the same key already exists (constraint {constraint})";
    }

    static String foreignKey(@Nullable String constraint) {
        return "{entity} refers to a row that does not exist, or is still referenced by another row (constraint "
                + (constraint == null ? "unknown" : "{constraint}") + ")";
    }

    static String integrity(@Nullable String constraint) {
        return "{entity} violates a database constraint (" + (constraint == null ? "not-null or check" : "{constraint}")
                + "); check required attributes and value ranges";
    }

    static String other() {
        return "a database operation on {entity} failed; see the cause for the driver's error";
    }
}
