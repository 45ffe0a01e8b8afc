package dev.advancedalchemy.types;

import dev.advancedalchemy.types.internal.crypto.PasswordBytes;
import dev.advancedalchemy.types.internal.crypto.PasswordVerifier;
import dev.advancedalchemy.types.internal.crypto.Pbkdf2Phc;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * PBKDF2-HMAC-SHA256 password hashing with the JDK only, in passlib's {@code pbkdf2_sha256} format
 * {@code $pbkdf2-sha256$<rounds>$<salt>$<checksum>} (passlib's adapted base64: {@code .} for {@code +}, no padding),
 * which Python Advanced Alchemy's {@code PasslibHasher} reads and writes. Use it where native code is not allowed;
 * prefer {@link Argon2Hasher} otherwise.
 *
 * <pre>{@code
 * PasswordHasher jdkOnly = Pbkdf2Hasher.DEFAULTS;   // 600,000 rounds, 16-byte salt
 * }</pre>
 *
 * @param rounds iterations, at least 1,000 (OWASP 2023 recommends 600,000 for PBKDF2-HMAC-SHA256)
 * @param saltLength random salt bytes, at least 8
 */
public record Pbkdf2Hasher(int rounds, int saltLength) implements PasswordHasher {
    /** The default rounds (OWASP 2023; passlib 1.7 still defaults to 29,000, which verifies but needs a rehash). */
    public static final int DEFAULT_ROUNDS = 600_000;
    /** 600,000 rounds, 16-byte salt. */
    public static final Pbkdf2Hasher DEFAULTS = new Pbkdf2Hasher(DEFAULT_ROUNDS, 16);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if rounds &lt; 1,000 or saltLength &lt; 8
     */
    public Pbkdf2Hasher {
        if (rounds < 1_000 || saltLength < 8) {
            throw new IllegalArgumentException(
                    "need rounds >= 1000 and saltLength >= 8, got " + rounds + " and " + saltLength);
        }
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[saltLength];
        RANDOM.nextBytes(salt);
        byte[] bytes = PasswordBytes.encode(password, StandardCharsets.UTF_8);
        try {
            return new Pbkdf2Phc(rounds, salt, Pbkdf2Phc.derive(bytes, salt, rounds)).format();
        } finally {
            PasswordBytes.wipe(bytes);
        }
    }

    @Override
    public boolean verify(String encoded, char[] password) {
        return PasswordVerifier.verify(encoded, password);
    }

    /** True if {@code encoded} is another recognised scheme, or pbkdf2-sha256 with fewer rounds or a shorter salt. */
    @Override
    public boolean needsRehash(String encoded) {
        Optional<Pbkdf2Phc> phc = Pbkdf2Phc.parse(encoded);
        if (phc.isEmpty()) {
            return PasswordVerifier.scheme(encoded).isPresent();
        }
        return phc.get().rounds() < rounds || phc.get().salt().length < saltLength;
    }
}
