package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Encodes the sort values of a page's last row into an opaque, URL-safe cursor and back. The cursor carries the sort
 * specification so that it is rejected when used with another order.
 */
final class KeysetCursor {
    private static final String VERSION = "k1";

    private KeysetCursor() {}

    /** Encodes {@code values} (their text forms) for the sort {@code spec}. */
    static String encode(String spec, List<String> values) {
        StringBuilder b = new StringBuilder(VERSION).append('\n');
        appendField(b, spec);
        for (String v : values) {
            appendField(b, v);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode} for the same {@code spec}; returns the values. */
    static List<String> decode(String cursor, String spec, int expectedValues) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (!text.startsWith(VERSION + "\n")) {
            throw malformed();
        }
        List<String> fields = new ArrayList<>();
        int pos = VERSION.length() + 1;
        while (pos < text.length()) {
            int colon = text.indexOf(':', pos);
            if (colon < 0) {
                throw malformed();
            }
            int length;
            try {
                length = Integer.parseInt(text, pos, colon, 10);
            } catch (NumberFormatException e) {
                throw malformed();
            }
            if (length < 0 || colon + 1 + length > text.length()) {
                throw malformed();
            }
            fields.add(text.substring(colon + 1, colon + 1 + length));
            pos = colon + 1 + length;
        }
        if (fields.isEmpty() || !fields.get(0).equals(spec)) {
            throw new InvalidFilterException("KeysetPage cursor was made for another sort order or entity; start again"
                    + " from the first page when the order changes");
        }
        if (fields.size() - 1 != expectedValues) {
            throw malformed();
        }
        return List.copyOf(fields.subList(1, fields.size()));
    }

    private static void appendField(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value);
    }

    private static InvalidFilterException malformed() {
        return new InvalidFilterException(
                "KeysetPage cursor is malformed; pass the nextCursor of a KeysetResult as is");
    }
}
