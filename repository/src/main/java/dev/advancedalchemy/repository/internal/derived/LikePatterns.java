package dev.advancedalchemy.repository.internal.derived;

/**
 * Builds LIKE patterns from user text for {@code LIKE ? ESCAPE '!'}: only {@code !}, {@code %} and {@code _} are
 * escaped, because several databases reject the escape character before anything else (see
 * {@code vectors/security/like-escaping-cases.json}).
 */
final class LikePatterns {
    static final char ESCAPE = '!';

    private LikePatterns() {}

    /** The text with {@code !}, {@code %} and {@code _} escaped so that it matches literally. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    static String startsWith(String text) {
        return escape(text) + "%";
    }

    static String endsWith(String text) {
        return "%" + escape(text);
    }
}
