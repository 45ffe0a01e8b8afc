package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/** A foreign key constraint was violated: a referenced row is missing, or a row that others reference was deleted. Message id {@value #ID}. */
public class ForeignKeyException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1202";

    /** Creates the exception with its default id. */
    public ForeignKeyException(String detail, @Nullable String constraintName, @Nullable Throwable cause) {
        super(ID, detail, constraintName, cause);
    }

    /** Creates the exception with an explicit id. */
    public ForeignKeyException(
            String messageId, String detail, @Nullable String constraintName, @Nullable Throwable cause) {
        super(messageId, detail, constraintName, cause);
    }
}
