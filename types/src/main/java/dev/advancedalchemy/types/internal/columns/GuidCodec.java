package dev.advancedalchemy.types.internal.columns;

import dev.advancedalchemy.exceptions.ConversionException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;

/** The GUID wire forms of the Python library: Python's {@code uuid.bytes} (big-endian) and {@code uuid.hex}. */
public final class GuidCodec {
    /** Message id of a stored GUID that has no GUID form. */
    public static final String UNREADABLE = "ALCH-1455";

    private GuidCodec() {}

    /** The 16 big-endian bytes of {@code uuid}, Python's {@code uuid.bytes}. */
    public static byte[] toBytes(UUID uuid) {
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }

    /** The 32 lowercase hex digits of {@code uuid} without dashes, Python's {@code uuid.hex}. */
    public static String toHex(UUID uuid) {
        return String.format(Locale.ROOT, "%016x%016x", uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    /**
     * Reads 16 big-endian bytes.
     *
     * @throws ConversionException ({@value #UNREADABLE}) if there are not exactly 16 bytes
     */
    public static UUID fromBytes(byte[] bytes) {
        if (bytes.length != 16) {
            throw unreadable("a GUID column returned " + bytes.length + " bytes instead of 16");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /**
     * Reads the text forms Python's {@code UUID(hex=...)} accepts: 32 hex digits, with or without dashes, braces
     * or a {@code urn:uuid:} prefix, in any case.
     *
     * @throws ConversionException ({@value #UNREADABLE}) if the text is not such a form; the text is not shown
     */
    public static UUID fromText(String text) {
        String digits = text.strip();
        if (digits.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            digits = digits.substring(9);
        }
        digits = digits.replace("{", "").replace("}", "").replace("-", "");
        if (digits.length() != 32) {
            throw unreadable("a GUID column returned text that is not 32 hex digits");
        }
        try {
            return new UUID(
                    Long.parseUnsignedLong(digits.substring(0, 16), 16),
                    Long.parseUnsignedLong(digits.substring(16), 16));
        } catch (NumberFormatException e) {
            throw unreadable("a GUID column returned text that is not 32 hex digits");
        }
    }

    private static ConversionException unreadable(String detail) {
        return new ConversionException(
                UNREADABLE, detail + "; the column must hold GUIDs as the Python library stores them", null);
    }
}
