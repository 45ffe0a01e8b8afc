package dev.advancedalchemy.types;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.internal.crypto.FernetCodec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Fernet authenticated encryption (AES-128-CBC + HMAC-SHA256, the
 * <a href="https://github.com/fernet/spec/blob/master/Spec.md">Fernet spec</a>) with one key, producing exactly the
 * tokens Python {@code cryptography} and Python Advanced Alchemy read and write.
 *
 * <pre>{@code
 * Fernet fernet = Fernet.fromKeyString("my secret");   // the key derivation of Python Advanced Alchemy
 * String token = fernet.encrypt("hello");              // "gAAAAA..." (base64url text)
 * fernet.decrypt(token);                               // "hello"
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #fromKeyString} uses the key derivation of Python Advanced Alchemy's {@code FernetBackend}: the Fernet
 *       key is {@code base64url(SHA-256(UTF-8 key string))}; {@link #fromFernetKey} takes a standard Fernet key.
 *   <li>Tokens do not expire unless a time-to-live is passed to {@link #decrypt(String, Duration)} (as in Python).
 *   <li>Instances are immutable and thread-safe. {@link #toString()} never shows the key.
 *   <li>For key rotation use {@link FernetKeyRing}.
 * </ul>
 */
public final class Fernet {
    /** Message id of a rejected token. */
    public static final String INVALID_TOKEN = "ALCH-1460";
    /** Message id of an unusable key. */
    public static final String INVALID_KEY = "ALCH-1463";

    private final FernetCodec codec;
    private final Clock clock;
    private final SecureRandom random;

    private Fernet(FernetCodec codec, Clock clock, SecureRandom random) {
        this.codec = codec;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Derives the Fernet key from a key string the way Python Advanced Alchemy does: SHA-256 of its UTF-8 bytes.
     *
     * @throws ConversionException ({@value #INVALID_KEY}) if the key string is empty or blank
     */
    public static Fernet fromKeyString(String keyString) {
        Objects.requireNonNull(keyString, "keyString");
        if (keyString.isBlank()) {
            throw new ConversionException(
                    INVALID_KEY,
                    "an encryption key string must not be empty or blank; configure a long random key",
                    null);
        }
        return new Fernet(
                new FernetCodec(FernetCodec.deriveKey(keyString.getBytes(StandardCharsets.UTF_8))),
                Clock.systemUTC(),
                new SecureRandom());
    }

    /**
     * Uses a standard Fernet key (the base64url text of 32 random bytes, as {@code Fernet.generate_key()} makes).
     *
     * @throws ConversionException ({@value #INVALID_KEY}) if the text is not base64url of exactly 32 bytes
     */
    public static Fernet fromFernetKey(String base64UrlKey) {
        byte[] key = FernetCodec.parseKey(base64UrlKey)
                .orElseThrow(() -> new ConversionException(
                        INVALID_KEY, "a Fernet key must be the base64url text of exactly 32 bytes", null));
        return new Fernet(new FernetCodec(key), Clock.systemUTC(), new SecureRandom());
    }

    /** A copy of this key that reads the time (token timestamps, TTL checks) from {@code clock}. */
    public Fernet withClock(Clock clock) {
        return new Fernet(codec, Objects.requireNonNull(clock, "clock"), random);
    }

    /** Encrypts the UTF-8 bytes of {@code plaintext} into a token (ASCII text, about 1.37 × the input + 77 chars). */
    public String encrypt(String plaintext) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Encrypts bytes into a token with a fresh random IV and the current time. */
    public String encrypt(byte[] plaintext) {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        return codec.encrypt(plaintext, clock.instant().getEpochSecond(), iv);
    }

    /**
     * Decrypts a token made with this key, at any age, to UTF-8 text.
     *
     * @throws ConversionException ({@value #INVALID_TOKEN}) if the token is malformed, tampered with or made with
     *     another key; the message says which, never the token
     */
    public String decrypt(String token) {
        return new String(decryptBytes(token, null), StandardCharsets.UTF_8);
    }

    /**
     * Decrypts a token that must be younger than {@code ttl} (and not dated more than 60 s in the future).
     *
     * @throws ConversionException ({@value #INVALID_TOKEN}) if the token is invalid (see {@link #decrypt(String)}),
     *     expired or from the future
     */
    public String decrypt(String token, Duration ttl) {
        return new String(decryptBytes(token, Objects.requireNonNull(ttl, "ttl")), StandardCharsets.UTF_8);
    }

    /**
     * Decrypts a token to bytes, optionally with a time-to-live.
     *
     * @throws ConversionException ({@value #INVALID_TOKEN}) as {@link #decrypt(String, Duration)}
     */
    public byte[] decryptBytes(String token, @Nullable Duration ttl) {
        try {
            return codec.decrypt(Objects.requireNonNull(token, "token"), ttl, clock.instant());
        } catch (FernetCodec.InvalidTokenException e) {
            throw new ConversionException(INVALID_TOKEN, "Fernet token rejected: " + e.getMessage(), null);
        }
    }

    FernetCodec codec() {
        return codec;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "Fernet[key=***]";
    }
}
