package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.exceptions.ForeignKeyException;
import dev.advancedalchemy.exceptions.IntegrityException;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.ErrorKind;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.internal.util.Causes;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns provider and driver failures into the library's exceptions. Classification uses SQLSTATE and vendor
 * codes only (H2, PostgreSQL, MariaDB/MySQL); the message text is read only to pick out the constraint name where
 * the driver has no structured field for it, and is never copied into our message (it contains row values).
 */
final class ErrorTranslator {
    // MariaDB/MySQL vendor codes: ER_DUP_ENTRY, ER_DUP_KEY, ER_DUP_UNIQUE, ER_DUP_ENTRY_WITH_KEY_NAME
    private static final Set<Integer> MYSQL_DUPLICATE = Set.of(1062, 1022, 1169, 1586);
    // ER_ROW_IS_REFERENCED(_2), ER_NO_REFERENCED_ROW(_2)
    private static final Set<Integer> MYSQL_FOREIGN_KEY = Set.of(1451, 1452, 1216, 1217);
    // ER_BAD_NULL_ERROR, ER_NO_DEFAULT_FOR_FIELD, check constraint (MariaDB 4025, MySQL 3819), data too long
    private static final Set<Integer> MYSQL_INTEGRITY = Set.of(1048, 1364, 4025, 3819, 1406);

    private static final Pattern MYSQL_KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");
    private static final Pattern MYSQL_CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)`");
    private static final Pattern H2_FOREIGN_KEY = Pattern.compile("violation: \"([^\":]+):");
    private static final Pattern H2_UNIQUE =
            Pattern.compile("violation: \"(?:[^\".\\s]+\\.)?([^\"\\s]+) (?:INDEX|ON) ");
    private static final Pattern H2_CHECK = Pattern.compile("constraint \"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private ErrorTranslator() {}

    static RuntimeException translate(RuntimeException e, String entity, Options options) {
        if (e instanceof AdvancedAlchemyException a) {
            return withOverride(a, entity, options);
        }
        if (e instanceof NonUniqueResultException) {
            return new MultipleResultsException(
                    Messages.render(
                            ErrorKind.MULTIPLE_ROWS,
                            options,
                            entity,
                            null,
                            "more than one {entity} matched where at most one was expected"),
                    e);
        }
        SQLException sql = sqlException(e);
        if (sql == null) {
            if (e instanceof EntityExistsException) {
                return new DuplicateKeyException(
                        Messages.render(ErrorKind.DUPLICATE_KEY, options, entity, null, Messages.duplicateKey(null)),
                        null,
                        e);
            }
            if (e instanceof PersistenceException) {
                return new RepositoryException(
                        Messages.render(ErrorKind.OTHER, options, entity, null, Messages.other()), e);
            }
            return e; // programming errors (IllegalArgumentException, IllegalStateException) stay as they are
        }
        Kind kind = classify(sql);
        String constraint = kind == Kind.NONE ? null : constraintName(e);
        return switch (kind) {
            case DUPLICATE ->
                new DuplicateKeyException(
                        Messages.render(
                                ErrorKind.DUPLICATE_KEY,
                                options,
                                entity,
                                constraint,
                                Messages.duplicateKey(constraint)),
                        constraint,
                        e);
            case FOREIGN_KEY ->
                new ForeignKeyException(
                        Messages.render(
                                ErrorKind.FOREIGN_KEY, options, entity, constraint, Messages.foreignKey(constraint)),
                        constraint,
                        e);
            case INTEGRITY ->
                new IntegrityException(
                        Messages.render(
                                ErrorKind.INTEGRITY, options, entity, constraint, Messages.integrity(constraint)),
                        constraint,
                        e);
            case NONE ->
                new RepositoryException(Messages.render(ErrorKind.OTHER, options, entity, null, Messages.other()), e);
        };
    }

    private static RuntimeException withOverride(AdvancedAlchemyException a, String entity, Options options) {
        if (a instanceof NotFoundException
                && options.errorMessage(ErrorKind.NOT_FOUND).isPresent()) {
            return new NotFoundException(
                    a.messageId(), Messages.render(ErrorKind.NOT_FOUND, options, entity, null, ""), a.getCause());
        }
        if (a instanceof MultipleResultsException
                && options.errorMessage(ErrorKind.MULTIPLE_ROWS).isPresent()) {
            return new MultipleResultsException(
                    a.messageId(), Messages.render(ErrorKind.MULTIPLE_ROWS, options, entity, null, ""), a.getCause());
        }
        return a;
    }

    enum Kind {
        DUPLICATE,
        FOREIGN_KEY,
        INTEGRITY,
        NONE
    }

    /** Classifies by the first exception in the chain (and its next-exception chain) that says anything. */
    static Kind classify(SQLException first) {
        for (SQLException s : chain(first)) {
            Kind k = classifyOne(s.getSQLState(), s.getErrorCode());
            if (k != Kind.NONE) {
                return k;
            }
        }
        return Kind.NONE;
    }

    static Kind classifyOne(@Nullable String state, int code) {
        if (MYSQL_DUPLICATE.contains(code) || "23505".equals(state)) {
            return Kind.DUPLICATE; // PostgreSQL and H2 (H2's vendor code equals the state)
        }
        if (MYSQL_FOREIGN_KEY.contains(code) || "23503".equals(state) || "23506".equals(state)) {
            return Kind.FOREIGN_KEY; // 23506 is H2's "parent missing"
        }
        if (MYSQL_INTEGRITY.contains(code) || (state != null && state.startsWith("23"))) {
            return Kind.INTEGRITY;
        }
        return Kind.NONE;
    }

    private static @Nullable SQLException sqlException(Throwable e) {
        return Causes.first(e, SQLException.class);
    }

    private static List<SQLException> chain(SQLException first) {
        List<SQLException> all = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        collect(first, all, seen);
        return all;
    }

    private static void collect(@Nullable Throwable t, List<SQLException> out, Map<Throwable, Boolean> seen) {
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            if (t instanceof SQLException s) {
                out.add(s);
                collect(s.getNextException(), out, seen);
            }
            t = t.getCause();
        }
    }

    private static @Nullable String constraintName(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<SQLException> all = new ArrayList<>();
        for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                all.addAll(chain(s));
            }
        }
        for (SQLException s : all) {
            String name = postgresConstraint(s);
            if (name != null) {
                return name;
            }
        }
        for (SQLException s : all) {
            String name = fromMessage(s.getMessage());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    // PSQLException.getServerErrorMessage().getConstraint(), reflectively: the driver is not a compile dependency.
    private static @Nullable String postgresConstraint(SQLException s) {
        try {
            Object server = s.getClass().getMethod("getServerErrorMessage").invoke(s);
            if (server == null) {
                return null;
            }
            Object constraint = server.getClass().getMethod("getConstraint").invoke(server);
            return constraint instanceof String c && !c.isBlank() ? c : null;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
    }

    static @Nullable String fromMessage(@Nullable String message) {
        if (message == null) {
            return null;
        }
        for (Pattern p : List.of(MYSQL_CONSTRAINT, MYSQL_KEY, H2_FOREIGN_KEY, H2_UNIQUE, H2_CHECK)) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                // H2 names the index behind a unique constraint "<CONSTRAINT>_INDEX_<n>".
                return m.group(1).replaceFirst("_INDEX_[0-9A-Z]+$", "");
            }
        }
        return null;
    }
}
