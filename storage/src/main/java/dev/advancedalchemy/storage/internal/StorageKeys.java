package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.exceptions.StorageException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks storage keys before any backend touches them, so no key can name a place outside a backend's root or
 * prefix whatever the file system or object store does with it.
 */
public final class StorageKeys {
    /** Longest key accepted, in UTF-8 bytes (S3's limit). */
    public static final int MAX_KEY_BYTES = 1024;
    /** Longest path segment accepted, in UTF-8 bytes (common file system limit). */
    public static final int MAX_SEGMENT_BYTES = 255;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern PERCENT = Pattern.compile("%([0-9A-Fa-f]{2})");

    private StorageKeys() {}

    /**
     * Returns the key's {@code /}-separated segments.
     *
     * @throws StorageException naming the rule the key breaks (never echoing control characters)
     */
    public static List<String> segments(String key) {
        if (key.isEmpty()) {
            throw refused(key, "it is empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw refused(key, "it is longer than " + MAX_KEY_BYTES + " bytes");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                throw refused(key, "it contains a control character (code " + (int) c + ")");
            }
            if (c == '\\') {
                throw refused(key, "it contains a backslash; use '/' to separate folders");
            }
            if (c > 0x7f && isLookAlike(c)) {
                throw refused(
                        key,
                        "it contains U+" + String.format("%04X", (int) c) + ", a look-alike of '/', '\\', '.' or ':'");
            }
        }
        var percent = PERCENT.matcher(key);
        while (percent.find()) {
            int decoded = Integer.parseInt(percent.group(1), 16);
            if (decoded < 0x20 || "/\\.%:".indexOf(decoded) >= 0) {
                throw refused(key, "it contains the percent-encoded character " + percent.group());
            }
        }
        if (key.startsWith("/")) {
            throw refused(key, "it is absolute; keys are relative to the backend's root");
        }
        if (DRIVE.matcher(key).matches()) {
            throw refused(key, "it starts with a drive letter");
        }
        List<String> segments = List.of(key.split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw refused(key, "it has an empty segment ('//' or a trailing '/')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw refused(key, "it has a '" + segment + "' segment");
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                throw refused(key, "a segment is longer than " + MAX_SEGMENT_BYTES + " bytes");
            }
        }
        return segments;
    }

    /** Whether the non-ASCII {@code c} could be read as a separator or dot by a normalising layer. */
    private static boolean isLookAlike(char c) {
        // Slash-like marks that NFKC leaves alone but that look like separators to people and some tools.
        if (c == '\u2215' || c == '\u2044' || c == '\u29F8' || c == '\u2216' || c == '\u29F9') {
            return true;
        }
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return folded.chars().anyMatch(x -> x == '/' || x == '\\' || x == '.' || x == ':');
    }

    private static StorageException refused(String key, String why) {
        return new StorageException("ALCH-1501", "storage key '" + printable(key) + "' is refused: " + why, null);
    }

    private static String printable(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().limit(120).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                sb.append('?');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        if (key.length() > 120) {
            sb.append("...");
        }
        return sb.toString();
    }
}
