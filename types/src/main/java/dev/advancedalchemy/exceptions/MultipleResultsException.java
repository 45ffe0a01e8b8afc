package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * More than one row matched where at most one was expected.
 *
 * <p>Message id {@value #ID} unless a more specific one is given.
 */
public class MultipleResultsException extends RepositoryException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1101";

    /** Creates the exception with its default id. */
    public MultipleResultsException(String detail) {
        this(ID, detail, null);
    }

    /** Creates the exception with its default id and a cause. */
    public MultipleResultsException(String detail, @Nullable Throwable cause) {
        this(ID, detail, cause);
    }

    /** Creates the exception with an explicit id (see {@link AdvancedAlchemyException}). */
    public MultipleResultsException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId, detail, cause);
    }
}
