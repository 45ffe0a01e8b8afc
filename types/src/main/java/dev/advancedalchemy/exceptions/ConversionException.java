package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A value could not be converted between its Java and its database (or input) form. The message names the entity and attribute, never the value.
 *
 * <p>Message id {@value #ID} unless a more specific one is given.
 */
public class ConversionException extends AdvancedAlchemyException {
    private static final long serialVersionUID = 1L;

    /** The default message id of this exception. */
    public static final String ID = "ALCH-1400";

    /** Creates the exception with its default id. */
    public ConversionException(String detail) {
        this(ID, detail, null);
    }

    /** Creates the exception with its default id and a cause. */
    public ConversionException(String detail, @Nullable Throwable cause) {
        this(ID, detail, cause);
    }

    /** Creates the exception with an explicit id (see {@link AdvancedAlchemyException}). */
    public ConversionException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId, detail, cause);
    }
}
