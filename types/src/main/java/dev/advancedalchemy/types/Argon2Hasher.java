package dev.advancedalchemy.types;

import dev.advancedalchemy.types.internal.crypto.Argon2Engine;
import dev.advancedalchemy.types.internal.crypto.Argon2Phc;
import dev.advancedalchemy.types.internal.crypto.PasswordBytes;
import dev.advancedalchemy.types.internal.crypto.PasswordVerifier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * Argon2 password hashing through argon2-jvm (bundled native reference implementation), writing PHC strings such
 * as {@code $argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>} that argon2-cffi, and so Python Advanced Alchemy's
 * {@code Argon2Hasher}, verifies, and the reverse.
 *
 * <pre>{@code
 * PasswordHasher strong = Argon2Hasher.DEFAULTS;                                // argon2-cffi defaults
 * PasswordHasher custom = new Argon2Hasher("argon2id", 19_456, 2, 1, 16, 32);  // OWASP minimum
 * }</pre>
 *
 * @param type {@code argon2id} (recommended), {@code argon2i} or {@code argon2d}
 * @param memoryKib memory cost m in KiB, at least 8 × parallelism
 * @param iterations time cost t, at least 1
 * @param parallelism lanes p, 1 to 255
 * @param saltLength random salt bytes, at least 8
 * @param hashLength tag bytes, at least 4
 */
public record Argon2Hasher(String type, int memoryKib, int iterations, int parallelism, int saltLength, int hashLength)
        implements PasswordHasher {
    /** argon2-cffi's {@code PasswordHasher} defaults (profile RFC_9106_LOW_MEMORY): Argon2id, m=65536, t=3, p=4, 16-byte salt, 32-byte hash. */
    public static final Argon2Hasher DEFAULTS = new Argon2Hasher("argon2id", 65_536, 3, 4, 16, 32);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if the type is unknown or a parameter is outside Argon2's limits
     */
    public Argon2Hasher {
        Objects.requireNonNull(type, "type");
        if (!type.equals("argon2id") && !type.equals("argon2i") && !type.equals("argon2d")) {
            throw new IllegalArgumentException("Argon2 type must be argon2id, argon2i or argon2d, got '" + type + "'");
        }
        if (parallelism < 1 || parallelism > 255) {
            throw new IllegalArgumentException("parallelism must be 1..255, got " + parallelism);
        }
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("memoryKib must be at least 8 × parallelism, got " + memoryKib);
        }
        if (iterations < 1 || saltLength < 8 || hashLength < 4) {
            throw new IllegalArgumentException("need iterations >= 1, saltLength >= 8 and hashLength >= 4, got "
                    + iterations + ", " + saltLength + ", " + hashLength);
        }
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[saltLength];
        RANDOM.nextBytes(salt);
        byte[] bytes = PasswordBytes.encode(password, StandardCharsets.UTF_8);
        try {
            if (bytes.length == 0) {
                return Argon2Engine.hashEmpty(type, memoryKib, iterations, parallelism, saltLength, hashLength);
            }
            byte[] tag = Argon2Engine.rawHash(
                    type,
                    Argon2Phc.V13,
                    memoryKib,
                    iterations,
                    parallelism,
                    bytes,
                    salt,
                    new byte[0],
                    new byte[0],
                    hashLength);
            return new Argon2Phc(type, Argon2Phc.V13, memoryKib, iterations, parallelism, salt, tag).format();
        } finally {
            PasswordBytes.wipe(bytes);
        }
    }

    @Override
    public boolean verify(String encoded, char[] password) {
        return PasswordVerifier.verify(encoded, password);
    }

    /** True unless {@code encoded} is Argon2 of this type, version 19 and exactly these parameters and lengths. */
    @Override
    public boolean needsRehash(String encoded) {
        Optional<Argon2Phc> phc = Argon2Phc.parse(encoded);
        if (phc.isEmpty()) {
            return PasswordVerifier.scheme(encoded).isPresent();
        }
        Argon2Phc p = phc.get();
        return !(p.type().equals(type)
                && p.version() == Argon2Phc.V13
                && p.memoryKib() == memoryKib
                && p.iterations() == iterations
                && p.parallelism() == parallelism
                && p.salt().length == saltLength
                && p.hash().length == hashLength);
    }
}
