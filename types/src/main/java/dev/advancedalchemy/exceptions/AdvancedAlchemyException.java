package dev.advancedalchemy.exceptions;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception thrown by Advanced Alchemy.
 *
 * <p>Each exception has a {@linkplain #messageId() message id} of the form {@code ALCH-1xxx} and a
 * {@linkplain #detail() detail} text; {@link #getMessage()} is {@code "<id>: <detail>"}:
 *
 * <pre>{@code
 * try { users.get(id); }
 * catch (NotFoundException e) { e.messageId(); } // "ALCH-1100"
 * }</pre>
 *
 * <p>Messages never contain secrets, keys, ciphertexts or plaintext values.
 */
public class AdvancedAlchemyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Message id of errors that have no more specific one. */
    public static final String ID = "ALCH-1000";

    private final String messageId;
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param messageId the stable id, {@code ALCH-} followed by four digits
     * @param detail what went wrong, where, and how to fix it
     * @param cause the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code messageId} is not of the form {@code ALCH-nnnn}
     */
    public AdvancedAlchemyException(String messageId, String detail, @Nullable Throwable cause) {
        super(messageId + ": " + Objects.requireNonNull(detail, "detail"), cause);
        if (!messageId.matches("ALCH-\\d{4}")) {
            throw new IllegalArgumentException("message id must look like ALCH-1234, got '" + messageId + "'");
        }
        this.messageId = messageId;
        this.detail = detail;
    }

    /** Creates an exception with the generic id {@value #ID}. */
    public AdvancedAlchemyException(String detail) {
        this(ID, detail, null);
    }

    /** The stable message id, for example {@code ALCH-1100}. */
    public String messageId() {
        return messageId;
    }

    /** The message without its id. */
    public String detail() {
        return detail;
    }
}
