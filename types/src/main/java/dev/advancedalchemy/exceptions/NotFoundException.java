package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * No row matched where exactly one was required (for example {@code get(id)} or {@code getOne(filters)}).
 *
 * <p>Message id {@value #ID} unless a more specific one is given.
 */
public class NotFoundException extends RepositoryException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1100";

    /** Creates the exception with its default id. */
    public NotFoundException(String detail) {
        this(ID, detail, null);
    }

    /** Creates the exception with its default id and a cause. */
    public NotFoundException(String detail, @Nullable Throwable cause) {
        this(ID, detail, cause);
    }

    /** Creates the exception with an explicit id (see {@link AdvancedAlchemyException}). */
    public NotFoundException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId, detail, cause);
    }
}
