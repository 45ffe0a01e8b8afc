package dev.advancedalchemy.testing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The databases a run uses: all of the matrix, unless the system property {@value #PROPERTY} (or, when that is not
 * set, the environment variable {@value #ENV}) lists the ones to run, comma-separated, for example
 * {@code -Dalchemy.test.databases=h2,postgresql}. The databases left out are skipped on request; this is the only
 * way to skip one.
 *
 * @param included the databases to run, in matrix order
 * @param setting how the selection was given ({@code -Dalchemy.test.databases=…} or {@code ALCHEMY_TEST_DATABASES=…}),
 *     or {@code null} when neither is set
 */
record DatabaseSelection(Set<Db> included, @Nullable String setting) {
    static final String PROPERTY = "alchemy.test.databases";
    static final String ENV = "ALCHEMY_TEST_DATABASES";
    static final String VALID_NAMES = "h2, postgresql, mariadb";

    DatabaseSelection {
        Set<Db> ordered = EnumSet.noneOf(Db.class);
        ordered.addAll(included);
        included = Collections.unmodifiableSet(ordered);
    }

    /** The selection of this JVM: the system property, else the environment variable, else every database. */
    static DatabaseSelection fromEnvironment() {
        return parse(System.getProperty(PROPERTY), System.getenv(ENV));
    }

    /**
     * Parses the selection; a blank value counts as not set.
     *
     * @param property the value of the system property {@value #PROPERTY}, or {@code null}
     * @param env the value of the environment variable {@value #ENV}, or {@code null}
     * @throws IllegalArgumentException if the value names an unknown database or none at all
     */
    static DatabaseSelection parse(@Nullable String property, @Nullable String env) {
        if (property != null && !property.isBlank()) {
            return of("-D" + PROPERTY + "=" + property.trim(), property);
        }
        if (env != null && !env.isBlank()) {
            return of(ENV + "=" + env.trim(), env);
        }
        return new DatabaseSelection(EnumSet.allOf(Db.class), null);
    }

    private static DatabaseSelection of(String setting, String value) {
        Set<Db> dbs = EnumSet.noneOf(Db.class);
        for (String part : value.split(",", -1)) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                dbs.add(db(name, setting));
            }
        }
        if (dbs.isEmpty()) {
            throw new IllegalArgumentException(setting + " names no database; valid names: " + VALID_NAMES);
        }
        return new DatabaseSelection(dbs, setting);
    }

    private static Db db(String name, String setting) {
        return switch (name) {
            case "h2" -> Db.H2;
            case "postgresql", "postgres" -> Db.POSTGRES;
            case "mariadb" -> Db.MARIADB;
            default ->
                throw new IllegalArgumentException(
                        "unknown database '" + name + "' in " + setting + "; valid names: " + VALID_NAMES);
        };
    }

    /** The name of {@code db} in {@value #PROPERTY}. */
    static String name(Db db) {
        return db == Db.POSTGRES ? "postgresql" : db.label();
    }

    /** Whether {@code db} runs. */
    boolean includes(Db db) {
        return included.contains(db);
    }

    /** The databases skipped on request, in matrix order (empty when nothing was asked). */
    Set<Db> skipped() {
        Set<Db> skipped = EnumSet.allOf(Db.class);
        skipped.removeAll(included);
        return skipped;
    }

    /** The line announcing the databases skipped on request, or {@code null} when none is. */
    @Nullable
    String announcement() {
        if (skipped().isEmpty()) {
            return null;
        }
        return "[database matrix] SKIPPED ON REQUEST (" + setting + "): " + names(skipped()) + "; running only "
                + names(included);
    }

    /** How to skip {@code db} on purpose, as a phrase for an error message. */
    String howToSkip(Db db) {
        Set<Db> rest = EnumSet.allOf(Db.class);
        rest.retainAll(included);
        rest.remove(db);
        if (rest.isEmpty()) {
            return "to skip " + name(db) + " on purpose, leave it out of -D" + PROPERTY + " (" + setting + ")";
        }
        String list = names(rest).replace(", ", ",");
        return "to skip " + name(db) + " on purpose, run with -D" + PROPERTY + "=" + list + " (or " + ENV + "=" + list
                + ")";
    }

    private static String names(Set<Db> dbs) {
        return dbs.stream().map(DatabaseSelection::name).collect(Collectors.joining(", "));
    }
}
