package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A file storage operation failed or was refused (for example a key that would escape the storage root).
 *
 * <p>Message id {@value #ID} unless a more specific one is given.
 */
public class StorageException extends AdvancedAlchemyException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1500";

    /** Creates the exception with its default id. */
    public StorageException(String detail) {
        this(ID, detail, null);
    }

    /** Creates the exception with its default id and a cause. */
    public StorageException(String detail, @Nullable Throwable cause) {
        this(ID, detail, cause);
    }

    /** Creates the exception with an explicit id (see {@link AdvancedAlchemyException}). */
    public StorageException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId, detail, cause);
    }
}
