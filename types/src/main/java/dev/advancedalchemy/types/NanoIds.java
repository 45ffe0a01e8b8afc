package dev.advancedalchemy.types;

import dev.advancedalchemy.types.internal.ids.NanoIdGenerator;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * NanoID generation: short, URL-safe, uniformly random string ids.
 *
 * <pre>{@code
 * String id = NanoIds.generate();                 // e.g. "V1StGXR8_Z5jdHi6B-myT", 21 characters
 * String code = NanoIds.generate("0123456789", 6); // e.g. "402751"
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The default alphabet is {@value #DEFAULT_ALPHABET} (64 symbols, 6 bits each), in py-nanoid's order; the
 *       default size {@value #DEFAULT_SIZE} gives 126 random bits, about as many as a random UUID.
 *   <li>Randomness comes from {@link SecureRandom}. Symbols are chosen with the mask-and-reject algorithm of the
 *       reference implementations, so every symbol of an alphabet is equally likely (no modulo bias).
 *   <li>Thread-safe; no state is kept between calls.
 * </ul>
 */
public final class NanoIds {
    /** The URL-safe alphabet used by {@link #generate()}: {@code _-}, digits, lower case, upper case. */
    public static final String DEFAULT_ALPHABET = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** The length of the ids made by {@link #generate()}; {@code NanoIDBase} stores them as {@code VARCHAR(21)}. */
    public static final int DEFAULT_SIZE = 21;

    private static final int MAX_ALPHABET = 256;
    private static final int[] DEFAULT_CODE_POINTS =
            DEFAULT_ALPHABET.codePoints().toArray();
    private static final NanoIdGenerator GENERATOR = new NanoIdGenerator(new SecureRandom());

    private NanoIds() {}

    /** A {@value #DEFAULT_SIZE}-character id over {@link #DEFAULT_ALPHABET}. */
    public static String generate() {
        return GENERATOR.generate(DEFAULT_CODE_POINTS, DEFAULT_SIZE);
    }

    /**
     * An id of {@code size} characters over {@link #DEFAULT_ALPHABET}.
     *
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public static String generate(int size) {
        checkSize(size);
        return GENERATOR.generate(DEFAULT_CODE_POINTS, size);
    }

    /**
     * An id of {@code size} symbols drawn uniformly from {@code alphabet}.
     *
     * <p>The alphabet is read as Unicode code points, so a symbol outside the Basic Multilingual Plane counts as one
     * symbol (and takes two {@code char}s in the result).
     *
     * @param alphabet 2 to 256 distinct symbols
     * @param size the number of symbols, at least 1
     * @throws IllegalArgumentException if the alphabet has fewer than 2 or more than 256 symbols, repeats a symbol,
     *     or {@code size} is less than 1
     */
    public static String generate(String alphabet, int size) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length < 2 || codePoints.length > MAX_ALPHABET) {
            throw new IllegalArgumentException("NanoID alphabet must have 2 to " + MAX_ALPHABET + " symbols, got "
                    + codePoints.length + "; pass e.g. NanoIds.DEFAULT_ALPHABET");
        }
        int[] sorted = codePoints.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("NanoID alphabet repeats the symbol '"
                        + Character.toString(sorted[i])
                        + "'; a repeated symbol would be drawn more often than the others, list each symbol once");
            }
        }
        checkSize(size);
        return GENERATOR.generate(codePoints, size);
    }

    private static void checkSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("NanoID size must be at least 1, got " + size);
        }
    }
}
