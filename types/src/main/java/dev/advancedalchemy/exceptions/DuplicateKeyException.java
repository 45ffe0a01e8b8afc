package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/** A unique or primary key constraint was violated. Message id {@value #ID}. */
public class DuplicateKeyException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1201";

    /** Creates the exception with its default id. */
    public DuplicateKeyException(String detail, @Nullable String constraintName, @Nullable Throwable cause) {
        super(ID, detail, constraintName, cause);
    }

    /** Creates the exception with an explicit id. */
    public DuplicateKeyException(
            String messageId, String detail, @Nullable String constraintName, @Nullable Throwable cause) {
        super(messageId, detail, constraintName, cause);
    }
}
