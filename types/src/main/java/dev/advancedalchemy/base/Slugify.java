package dev.advancedalchemy.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns text into a URL slug exactly as Python Advanced Alchemy's {@code advanced_alchemy.utils.text.slugify} does,
 * so that a Java and a Python service derive the same slug from the same name.
 *
 * <pre>{@code
 * Slugify.slugify("Hello World! Ça va?");          // "hello-world-ca-va"
 * Slugify.slugify("This is a Test!", "_");         // "this_is_a_test"
 * Slugify.slugify("Ça va, Zürich?", true, "-");    // "ça-va-zürich"
 * }</pre>
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>ASCII mode (the default): NFKD-normalise and drop every non-ASCII code point, so accents fall away
 *       ({@code "Ça"} → {@code "Ca"}) and letters without an ASCII decomposition vanish ({@code "日本"} →
 *       {@code ""}). Unicode mode: NFKC-normalise only.
 *   <li>Lower-case (locale-independent), then remove every character that is not a word character (a letter, a
 *       number or {@code _}), whitespace or {@code -}.
 *   <li>Replace each run of {@code -} and whitespace with one {@code -}, then strip {@code -} and {@code _} from
 *       both ends.
 *   <li>With a separator, replace every {@code -} left by the separator ({@code _} inside a word stays).
 * </ol>
 *
 * <p>"Whitespace" and "word character" follow Python's {@code str.isspace()} and {@code str.isalnum()}, so
 * combining marks and {@code U+001C}–{@code U+001F} are treated as Python treats them. The result may be empty.
 */
public final class Slugify {
    private Slugify() {}

    /** The ASCII slug of {@code value} with {@code -} between words, like Python {@code slugify(value)}. */
    public static String slugify(String value) {
        return slugify(value, false, "-");
    }

    /**
     * The ASCII slug of {@code value} with {@code separator} between words, like Python
     * {@code slugify(value, separator=separator)}.
     */
    public static String slugify(String value, String separator) {
        return slugify(value, false, separator);
    }

    /**
     * The slug of {@code value}, like Python {@code slugify(value, allow_unicode=allowUnicode,
     * separator=separator)}.
     *
     * @param allowUnicode keep non-ASCII letters and numbers (NFKC) instead of reducing the text to ASCII (NFKD)
     * @param separator what goes between words; may be empty or longer than one character
     */
    public static String slugify(String value, boolean allowUnicode, String separator) {
        String text = allowUnicode ? Normalizer.normalize(value, Normalizer.Form.NFKC) : toAscii(value);
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean inDashRun = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-' || isPythonSpace(cp)) {
                if (!inDashRun) {
                    slug.append('-');
                    inDashRun = true;
                }
            } else if (isPythonWord(cp)) {
                slug.appendCodePoint(cp);
                inDashRun = false;
            }
            // Anything else is removed before runs are collapsed, so "a - ! - b" still gives one dash.
        }
        String stripped = strip(slug);
        return "-".equals(separator) ? stripped : stripped.replace("-", separator);
    }

    private static String toAscii(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private static String strip(CharSequence slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && isStripped(slug.charAt(start))) {
            start++;
        }
        while (end > start && isStripped(slug.charAt(end - 1))) {
            end--;
        }
        return slug.subSequence(start, end).toString();
    }

    private static boolean isStripped(char c) {
        return c == '-' || c == '_';
    }

    /** Python's {@code str.isspace()}: bidi class WS, B or S, or category Zs. */
    private static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Python's {@code \w} on a {@code str}: {@code str.isalnum()} (letters and numbers, no marks) or {@code _}. */
    private static boolean isPythonWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
