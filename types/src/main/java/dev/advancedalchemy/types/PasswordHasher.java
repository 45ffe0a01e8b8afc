package dev.advancedalchemy.types;

/**
 * A password hashing policy: the scheme and parameters new hashes are made with. Verification accepts every
 * supported scheme (Argon2id, Argon2i, Argon2d in any parameter set and version; passlib's {@code pbkdf2-sha256}),
 * so a policy change never locks users out; {@link #needsRehash} tells which stored hashes to replace.
 *
 * <pre>{@code
 * PasswordHasher policy = PasswordHasher.argon2id();          // m=65536, t=3, p=4 as argon2-cffi
 * HashedPassword stored = HashedPassword.create(password, policy);
 * }</pre>
 *
 * <p>Implementations: {@link Argon2Hasher} (default) and {@link Pbkdf2Hasher} (JDK only, no native code).
 */
public interface PasswordHasher {
    /** The default policy: Argon2id with argon2-cffi's defaults ({@link Argon2Hasher#DEFAULTS}). */
    static PasswordHasher argon2id() {
        return Argon2Hasher.DEFAULTS;
    }

    /** PBKDF2-HMAC-SHA256 in passlib's format with {@value Pbkdf2Hasher#DEFAULT_ROUNDS} rounds. */
    static PasswordHasher pbkdf2Sha256() {
        return Pbkdf2Hasher.DEFAULTS;
    }

    /**
     * Hashes the UTF-8 bytes of {@code password} with a fresh random salt into a PHC string. Does not modify the
     * array ({@link HashedPassword#create} wipes it).
     */
    String hash(char[] password);

    /**
     * Whether {@code password} matches {@code encoded}, compared in constant time. A malformed or truncated
     * {@code encoded} gives {@code false} and a logged warning, never an exception.
     */
    boolean verify(String encoded, char[] password);

    /**
     * Whether {@code encoded} was made with another scheme or other parameters than this policy, so it should be
     * replaced after the next successful {@link #verify}. {@code false} for a string that is no recognised hash.
     */
    boolean needsRehash(String encoded);
}
