package dev.advancedalchemy.repository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Immutable per-call (and per-repository) options of a repository operation.
 *
 * <p>Every {@code with…} method returns a new value; an option that was never set falls back to the
 * repository's defaults (given to {@link Repositories#of(Class, jakarta.persistence.EntityManager, Options)}),
 * and then to the built-in default listed on its accessor.
 *
 * <pre>{@code
 * Options opts = Options.defaults().withAutoCommit(true).withLoad("books").withMatchFields("email");
 * User saved = users.upsert(user, opts);
 * }</pre>
 *
 * <p>Rules: {@code matchFields}, {@code load} and {@code idAttribute} are checked against the entity's JPA
 * metamodel when used, and an unknown name fails with an exception naming the entity and the valid choices
 * before any SQL runs.
 */
public final class Options {
    private static final Options NONE = new Options(null, null, null, null, null, null, null, Map.of());

    private final @Nullable Boolean autoCommit;
    private final @Nullable Boolean autoRefresh;
    private final @Nullable Boolean autoDetach;
    private final @Nullable List<String> matchFields;
    private final @Nullable String idAttribute;
    private final @Nullable List<String> load;
    private final @Nullable Boolean forUpdate;
    private final Map<ErrorKind, String> errorMessages;

    private Options(
            @Nullable Boolean autoCommit,
            @Nullable Boolean autoRefresh,
            @Nullable Boolean autoDetach,
            @Nullable List<String> matchFields,
            @Nullable String idAttribute,
            @Nullable List<String> load,
            @Nullable Boolean forUpdate,
            Map<ErrorKind, String> errorMessages) {
        this.autoCommit = autoCommit;
        this.autoRefresh = autoRefresh;
        this.autoDetach = autoDetach;
        this.matchFields = matchFields;
        this.idAttribute = idAttribute;
        this.load = load;
        this.forUpdate = forUpdate;
        this.errorMessages = errorMessages;
    }

    /** Options with nothing set: every option takes the repository's default. */
    public static Options defaults() {
        return NONE;
    }

    /**
     * Commit the transaction the call began ({@code false} by default).
     *
     * <p>With a RESOURCE_LOCAL entity manager and no active transaction, a write begins one. With {@code
     * autoCommit} it is committed before the call returns; without, the changes are flushed and the transaction is
     * left open for the caller to commit or roll back. A transaction the caller began (or a JTA transaction) is
     * never committed by the repository: writes are flushed into it.
     */
    public boolean autoCommit() {
        return autoCommit != null && autoCommit;
    }

    /** Re-read the row after {@code add}/{@code update}, picking up database defaults and triggers ({@code true} by default). */
    public boolean autoRefresh() {
        return autoRefresh == null || autoRefresh;
    }

    /** Detach the returned entities from the persistence context ({@code false} by default; Python's {@code auto_expunge}). */
    public boolean autoDetach() {
        return autoDetach != null && autoDetach;
    }

    /** Attributes that identify a row for upserts and {@code getOrUpsert}/{@code getAndUpdate} (empty: the primary key, or all given attributes). */
    public List<String> matchFields() {
        return matchFields == null ? List.of() : matchFields;
    }

    /** The attribute {@code get}/{@code find}/{@code delete} look rows up by, when not the primary key. */
    public Optional<String> idAttribute() {
        return Optional.ofNullable(idAttribute);
    }

    /** Fetch paths loaded with the result ({@code "books"}, {@code "author.publisher"}); empty by default. */
    public List<String> load() {
        return load == null ? List.of() : load;
    }

    /** Lock the rows read ({@code SELECT … FOR UPDATE}); {@code false} by default. Needs a transaction. */
    public boolean forUpdate() {
        return forUpdate != null && forUpdate;
    }

    /** Message overrides by error kind (see {@link ErrorKind}). */
    public Map<ErrorKind, String> errorMessages() {
        return errorMessages;
    }

    /** The override for one error kind, if set. */
    public Optional<String> errorMessage(ErrorKind kind) {
        return Optional.ofNullable(errorMessages.get(kind));
    }

    public Options withAutoCommit(boolean value) {
        return new Options(value, autoRefresh, autoDetach, matchFields, idAttribute, load, forUpdate, errorMessages);
    }

    public Options withAutoRefresh(boolean value) {
        return new Options(autoCommit, value, autoDetach, matchFields, idAttribute, load, forUpdate, errorMessages);
    }

    public Options withAutoDetach(boolean value) {
        return new Options(autoCommit, autoRefresh, value, matchFields, idAttribute, load, forUpdate, errorMessages);
    }

    /** @throws IllegalArgumentException if a name is blank */
    public Options withMatchFields(String... fields) {
        return withMatchFields(List.of(fields));
    }

    /** @throws IllegalArgumentException if a name is blank */
    public Options withMatchFields(List<String> fields) {
        List<String> copy = names("matchFields", fields);
        return new Options(autoCommit, autoRefresh, autoDetach, copy, idAttribute, load, forUpdate, errorMessages);
    }

    /** @throws IllegalArgumentException if the name is blank */
    public Options withIdAttribute(String attribute) {
        String name = names("idAttribute", List.of(attribute)).get(0);
        return new Options(autoCommit, autoRefresh, autoDetach, matchFields, name, load, forUpdate, errorMessages);
    }

    /** @throws IllegalArgumentException if a path is blank */
    public Options withLoad(String... paths) {
        return withLoad(List.of(paths));
    }

    /** @throws IllegalArgumentException if a path is blank */
    public Options withLoad(List<String> paths) {
        List<String> copy = names("load", paths);
        return new Options(
                autoCommit, autoRefresh, autoDetach, matchFields, idAttribute, copy, forUpdate, errorMessages);
    }

    public Options withForUpdate(boolean value) {
        return new Options(autoCommit, autoRefresh, autoDetach, matchFields, idAttribute, load, value, errorMessages);
    }

    /** Overrides the message text of one error kind; see {@link ErrorKind} for placeholders. */
    public Options withErrorMessage(ErrorKind kind, String message) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        EnumMap<ErrorKind, String> copy = new EnumMap<>(ErrorKind.class);
        copy.putAll(errorMessages);
        copy.put(kind, message);
        return new Options(
                autoCommit, autoRefresh, autoDetach, matchFields, idAttribute, load, forUpdate, Map.copyOf(copy));
    }

    /**
     * These options on top of {@code base}: what is set here wins, the rest comes from {@code base}; error
     * messages are merged with these taking precedence.
     */
    public Options over(Options base) {
        if (this == NONE) {
            return base;
        }
        EnumMap<ErrorKind, String> messages = new EnumMap<>(ErrorKind.class);
        messages.putAll(base.errorMessages);
        messages.putAll(errorMessages);
        return new Options(
                autoCommit != null ? autoCommit : base.autoCommit,
                autoRefresh != null ? autoRefresh : base.autoRefresh,
                autoDetach != null ? autoDetach : base.autoDetach,
                matchFields != null ? matchFields : base.matchFields,
                idAttribute != null ? idAttribute : base.idAttribute,
                load != null ? load : base.load,
                forUpdate != null ? forUpdate : base.forUpdate,
                Map.copyOf(messages));
    }

    private static List<String> names(String option, List<String> names) {
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException(option + " must not contain blank or null names, got " + names);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Options other
                && Objects.equals(autoCommit, other.autoCommit)
                && Objects.equals(autoRefresh, other.autoRefresh)
                && Objects.equals(autoDetach, other.autoDetach)
                && Objects.equals(matchFields, other.matchFields)
                && Objects.equals(idAttribute, other.idAttribute)
                && Objects.equals(load, other.load)
                && Objects.equals(forUpdate, other.forUpdate)
                && errorMessages.equals(other.errorMessages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                autoCommit, autoRefresh, autoDetach, matchFields, idAttribute, load, forUpdate, errorMessages);
    }

    @Override
    public String toString() {
        return "Options[autoCommit=" + autoCommit + ", autoRefresh=" + autoRefresh + ", autoDetach=" + autoDetach
                + ", matchFields=" + matchFields + ", idAttribute=" + idAttribute + ", load=" + load
                + ", forUpdate=" + forUpdate + ", errorMessages=" + errorMessages.keySet() + "]";
    }
}
