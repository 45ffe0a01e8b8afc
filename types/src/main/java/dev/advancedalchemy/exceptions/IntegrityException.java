package dev.advancedalchemy.exceptions;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The database rejected a write because it violates a constraint (unique, foreign key, not-null, check).
 *
 * <p>Mapped from the SQLSTATE and vendor code of the driver's exception, never from its message text. The
 * {@linkplain #constraintName() constraint name} is present when the database reports it.
 */
public class IntegrityException extends RepositoryException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1200";

    private final @Nullable String constraintName;

    /** Creates the exception with its default id. */
    public IntegrityException(String detail, @Nullable String constraintName, @Nullable Throwable cause) {
        this(ID, detail, constraintName, cause);
    }

    /** Creates the exception with an explicit id. */
    public IntegrityException(
            String messageId, String detail, @Nullable String constraintName, @Nullable Throwable cause) {
        super(messageId, detail, cause);
        this.constraintName = constraintName;
    }

    /** The name of the violated constraint, when the database reported it. */
    public Optional<String> constraintName() {
        return Optional.ofNullable(constraintName);
    }
}
