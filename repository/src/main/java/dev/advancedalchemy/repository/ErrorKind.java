package dev.advancedalchemy.repository;

/**
 * The kinds of repository error whose message text can be overridden, per call or per repository, with
 * {@link Options#withErrorMessage(ErrorKind, String)} (Python's {@code error_messages}).
 *
 * <p>An override replaces the detail text only; the exception type and its message id stay the same, so callers
 * and REST problem mappers can still match on them. The text may contain the placeholders {@code {entity}}
 * (the entity name) and {@code {constraint}} (the violated constraint, or {@code "unknown"}).
 *
 * <pre>{@code
 * users.add(user, Options.defaults().withErrorMessage(ErrorKind.DUPLICATE_KEY, "That e-mail is taken."));
 * }</pre>
 */
public enum ErrorKind {
    /** A unique or primary key constraint was violated ({@code DuplicateKeyException}). */
    DUPLICATE_KEY,
    /** A foreign key constraint was violated ({@code ForeignKeyException}). */
    FOREIGN_KEY,
    /** Any other constraint (not-null, check) was violated ({@code IntegrityException}). */
    INTEGRITY,
    /** No row matched where one was required ({@code NotFoundException}). */
    NOT_FOUND,
    /** More than one row matched where at most one was expected ({@code MultipleResultsException}). */
    MULTIPLE_ROWS,
    /** Any other database failure ({@code RepositoryException}). */
    OTHER
}
