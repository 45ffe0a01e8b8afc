package dev.advancedalchemy.types.internal.ids;

import java.util.random.RandomGenerator;

/**
 * Generates NanoIDs with the mask algorithm of py-nanoid 2.0 (no modulo bias) from an injectable byte source.
 *
 * <p>Each random byte is masked to the smallest {@code 2^k - 1} covering the alphabet and rejected when the masked
 * value is not an alphabet index, so every symbol is equally likely. Bytes are requested in chunks of
 * {@code ceil(1.6 * mask * size / alphabetLength)} (capped), and used in order; for a given byte stream the
 * result equals py-nanoid's.
 */
public final class NanoIdGenerator {
    /** Upper bound of one random chunk, so that a huge size does not allocate a huge buffer at once. */
    private static final int MAX_CHUNK = 4096;

    private final RandomGenerator random;

    /** @param random the byte source; a {@link java.security.SecureRandom} outside tests (must be thread-safe) */
    public NanoIdGenerator(RandomGenerator random) {
        this.random = random;
    }

    /**
     * @param alphabet 2 to 256 distinct code points (checked by the caller)
     * @param size the number of symbols, at least 1 (checked by the caller)
     */
    public String generate(int[] alphabet, int size) {
        int length = alphabet.length;
        int mask = (Integer.highestOneBit(length - 1) << 1) - 1;
        // Same floating-point expression, in the same order, as py-nanoid.
        double step = Math.ceil(1.6 * mask * size / length);
        byte[] bytes = new byte[(int) Math.min(step, MAX_CHUNK)];
        StringBuilder id = new StringBuilder(size);
        int produced = 0;
        while (true) {
            random.nextBytes(bytes);
            for (byte b : bytes) {
                int index = b & mask;
                if (index < length) {
                    id.appendCodePoint(alphabet[index]);
                    if (++produced == size) {
                        return id.toString();
                    }
                }
            }
        }
    }
}
