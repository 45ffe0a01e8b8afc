package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A filter, sort or pagination argument is invalid: an unknown field, a field that may not be searched or sorted, or a malformed value. Raised before any SQL runs.
 *
 * <p>Message id {@value #ID} unless a more specific one is given.
 */
public class InvalidFilterException extends AdvancedAlchemyException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1600";

    /** Creates the exception with its default id. */
    public InvalidFilterException(String detail) {
        this(ID, detail, null);
    }

    /** Creates the exception with its default id and a cause. */
    public InvalidFilterException(String detail, @Nullable Throwable cause) {
        this(ID, detail, cause);
    }

    /** Creates the exception with an explicit id (see {@link AdvancedAlchemyException}). */
    public InvalidFilterException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId, detail, cause);
    }
}
