package dev.advancedalchemy.types;

import dev.advancedalchemy.types.internal.crypto.PasswordVerifier;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored password hash (a PHC string). The plaintext goes in once, through {@link #create}, and is never kept:
 *
 * <pre>{@code
 * char[] typed = form.password();
 * user.setPassword(HashedPassword.create(typed));      // Argon2id; 'typed' is now all zeros
 *
 * if (user.getPassword().verify(candidate)) {           // constant-time
 *     if (user.getPassword().needsRehash()) {           // parameters changed since it was stored
 *         user.setPassword(HashedPassword.create(candidate));
 *     }
 * }
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #create} hashes with the given policy (default {@link PasswordHasher#argon2id()}) and then overwrites
 *       the {@code char[]} with zeros, even if hashing fails.
 *   <li>{@link #verify} accepts any supported scheme; a malformed or truncated stored hash gives {@code false} and a
 *       logged warning, never an exception. It does not modify the candidate array; wipe it when done.
 *   <li>{@link #toString()} shows only the scheme. Equality is by the stored string.
 *   <li>Store it with {@link PasswordHashConverter} ({@code VARCHAR(255)} is ample: a default Argon2id string has 97
 *       characters).
 * </ul>
 */
public final class HashedPassword implements Opaque {
    private final String encoded;
    private final PasswordHasher policy;

    private HashedPassword(String encoded, PasswordHasher policy) {
        this.encoded = Objects.requireNonNull(encoded, "encoded");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Hashes {@code plaintext} with Argon2id (argon2-cffi defaults) and wipes the array. */
    public static HashedPassword create(char[] plaintext) {
        return create(plaintext, PasswordHasher.argon2id());
    }

    /** Hashes {@code plaintext} with {@code policy} and wipes the array. */
    public static HashedPassword create(char[] plaintext, PasswordHasher policy) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return new HashedPassword(policy.hash(plaintext), policy);
        } finally {
            Arrays.fill(plaintext, '\0');
        }
    }

    /** Wraps a stored hash string; {@link #needsRehash()} compares it with the default Argon2id policy. */
    public static HashedPassword fromEncoded(String encoded) {
        return new HashedPassword(encoded, PasswordHasher.argon2id());
    }

    /** Wraps a stored hash string; {@link #needsRehash()} compares it with {@code policy}. */
    public static HashedPassword fromEncoded(String encoded, PasswordHasher policy) {
        return new HashedPassword(encoded, policy);
    }

    /** The PHC string as stored in the database. */
    public String encoded() {
        return encoded;
    }

    /** The scheme, for example {@code argon2id} or {@code pbkdf2-sha256}, or {@code unknown}. */
    public String scheme() {
        return PasswordVerifier.scheme(encoded).orElse("unknown");
    }

    /** Whether {@code candidate} is the password, compared in constant time; {@code false} for an unusable hash. */
    public boolean verify(char[] candidate) {
        return PasswordVerifier.verify(encoded, Objects.requireNonNull(candidate, "candidate"));
    }

    /** Whether the hash was made with another scheme or weaker/different parameters than the current policy. */
    public boolean needsRehash() {
        return policy.needsRehash(encoded);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof HashedPassword other && encoded.equals(other.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    @Override
    public String toString() {
        return "HashedPassword[" + scheme() + "]";
    }
}
