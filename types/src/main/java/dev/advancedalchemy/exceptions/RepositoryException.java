package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A repository operation failed.
 *
 * <p>Message id {@value #ID} unless a more specific one is given.
 */
public class RepositoryException extends AdvancedAlchemyException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1001";

    /** Creates the exception with its default id. */
    public RepositoryException(String detail) {
        this(ID, detail, null);
    }

    /** Creates the exception with its default id and a cause. */
    public RepositoryException(String detail, @Nullable Throwable cause) {
        this(ID, detail, cause);
    }

    /** Creates the exception with an explicit id (see {@link AdvancedAlchemyException}). */
    public RepositoryException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId, detail, cause);
    }
}
