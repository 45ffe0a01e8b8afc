package dev.advancedalchemy.types.internal.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encodes and decodes Fernet tokens (version 0x80, big-endian seconds, 16-byte IV, AES-128-CBC with PKCS#7, HMAC-SHA256
 * over everything before it, base64url with padding) for one 32-byte Fernet key; thread-safe.
 *
 * <p>Each thread keeps its own {@code Cipher} and {@code Mac} for this key, because {@code getInstance} walks the
 * security providers on every call. Only JDK objects are cached, so a redeployed
 * application's class loader is not pinned by pooled threads.
 */
public final class FernetCodec {
    private static final byte VERSION = (byte) 0x80;
    private static final int HEADER = 1 + 8 + 16;
    private static final int MAC_LENGTH = 32;
    private static final int BLOCK = 16;
    /** As in Python {@code cryptography}: with a TTL, tokens dated more than this in the future are rejected. */
    private static final long MAX_CLOCK_SKEW_SECONDS = 60;

    private final SecretKeySpec signingKey;
    private final SecretKeySpec encryptionKey;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FernetCodec::newCipher);

    /**
     * Creates a codec for a raw 32-byte Fernet key (first half signs, second half encrypts).
     *
     * @throws IllegalArgumentException if the key is not 32 bytes
     */
    public FernetCodec(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a Fernet key has 32 bytes, got " + key.length);
        }
        this.signingKey = new SecretKeySpec(key, 0, 16, "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(key, 16, 16, "AES");
    }

    /** Why a token was rejected; never carries token bytes. */
    public enum Failure {
        MALFORMED("not a Fernet token (bad base64, version byte or length)"),
        BAD_SIGNATURE("signature does not match (wrong key or tampered value)"),
        BAD_PAYLOAD("payload does not decrypt (bad block size or padding)"),
        EXPIRED("token is older than the allowed time-to-live"),
        FROM_FUTURE("token is dated in the future beyond the allowed clock skew");

        private final String description;

        Failure(String description) {
            this.description = description;
        }

        /** A description safe to show: it contains no token, key or plaintext material. */
        public String description() {
            return description;
        }
    }

    /** Signals a rejected token; the message is {@link Failure#description()}. */
    public static final class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Failure failure;

        InvalidTokenException(Failure failure) {
            super(failure.description(), null, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** Encrypts {@code plaintext} into a token dated {@code timestampSeconds}, using the given 16-byte IV. */
    public String encrypt(byte[] plaintext, long timestampSeconds, byte[] iv) {
        if (iv.length != BLOCK) {
            throw new IllegalArgumentException("a Fernet IV has 16 bytes, got " + iv.length);
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new IvParameterSpec(iv));
            // the ciphertext goes straight into the token buffer: no intermediate copy
            byte[] token = new byte[HEADER + cipher.getOutputSize(plaintext.length) + MAC_LENGTH];
            ByteBuffer.wrap(token).put(VERSION).putLong(timestampSeconds).put(iv);
            int end = HEADER + cipher.doFinal(plaintext, 0, plaintext.length, token, HEADER);
            Mac mac = mac();
            mac.update(token, 0, end);
            mac.doFinal(token, end);
            return Base64.getUrlEncoder().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES/CBC/PKCS5Padding or HmacSHA256", e);
        }
    }

    /** Returns the decoded token bytes when the structure is plausible, without checking the signature. */
    public static byte[] decodeStructure(String token) throws InvalidTokenException {
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(Failure.MALFORMED);
        }
        // version + timestamp + IV + at least one cipher block + MAC
        if (data.length < HEADER + BLOCK + MAC_LENGTH || data[0] != VERSION) {
            throw new InvalidTokenException(Failure.MALFORMED);
        }
        return data;
    }

    /** Whether the token's signature was made with this codec's key (the structure must be valid). */
    public boolean signatureMatches(byte[] data) {
        Mac mac = mac();
        mac.update(data, 0, data.length - MAC_LENGTH);
        byte[] expected = mac.doFinal();
        // MessageDigest.isEqual runs in constant time for equal lengths
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(data, data.length - MAC_LENGTH, data.length));
    }

    /** The token's timestamp (seconds since the epoch); the structure must be valid. */
    public static long timestamp(byte[] data) {
        return ByteBuffer.wrap(data, 1, 8).getLong();
    }

    /**
     * Decrypts a token.
     *
     * @param ttl when not null, tokens older than this at {@code now} (or dated more than 60 s after it) are rejected
     * @throws InvalidTokenException if the token is malformed, was not signed with this key, or is out of time
     */
    public byte[] decrypt(String token, @Nullable Duration ttl, Instant now) throws InvalidTokenException {
        byte[] data = decodeStructure(token);
        if (!signatureMatches(data)) {
            throw new InvalidTokenException(Failure.BAD_SIGNATURE);
        }
        return decryptVerified(data, ttl, now);
    }

    /** Decrypts token bytes whose signature was already checked with {@link #signatureMatches}. */
    public byte[] decryptVerified(byte[] data, @Nullable Duration ttl, Instant now) throws InvalidTokenException {
        checkTime(timestamp(data), ttl, now);
        int cipherLength = data.length - HEADER - MAC_LENGTH;
        if (cipherLength % BLOCK != 0) {
            throw new InvalidTokenException(Failure.BAD_PAYLOAD);
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new IvParameterSpec(data, 9, BLOCK));
            return cipher.doFinal(data, HEADER, cipherLength);
        } catch (javax.crypto.BadPaddingException | javax.crypto.IllegalBlockSizeException e) {
            throw new InvalidTokenException(Failure.BAD_PAYLOAD);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES/CBC/PKCS5Padding", e);
        }
    }

    /** This thread's HMAC-SHA256 keyed with the signing key, reset. */
    private Mac mac() {
        Mac mac = macs.get();
        mac.reset(); // in case an earlier use on this thread stopped half-way
        return mac;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signingKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/CBC/PKCS5Padding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES/CBC/PKCS5Padding", e);
        }
    }

    private static void checkTime(long timestamp, @Nullable Duration ttl, Instant now) throws InvalidTokenException {
        if (ttl == null) {
            return; // Python Advanced Alchemy decrypts without a TTL: tokens never expire
        }
        long current = now.getEpochSecond();
        if (timestamp + ttl.getSeconds() < current) {
            throw new InvalidTokenException(Failure.EXPIRED);
        }
        if (current + MAX_CLOCK_SKEW_SECONDS < timestamp) {
            throw new InvalidTokenException(Failure.FROM_FUTURE);
        }
    }

    /** The Python Advanced Alchemy key derivation: SHA-256 of the UTF-8 key string. */
    public static byte[] deriveKey(byte[] keyMaterial) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(keyMaterial);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Parses a standard Fernet key (base64url of 32 bytes), or empty if it is not one. */
    public static Optional<byte[]> parseKey(String base64UrlKey) {
        try {
            byte[] key = Base64.getUrlDecoder().decode(base64UrlKey);
            return key.length == 32 ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Length of the token for a plaintext of {@code plaintextBytes} bytes. */
    public static int tokenLength(int plaintextBytes) {
        int raw = HEADER + (plaintextBytes / BLOCK + 1) * BLOCK + MAC_LENGTH;
        return (raw + 2) / 3 * 4;
    }

    /** The largest plaintext (in UTF-8 bytes) whose token fits in {@code tokenChars} characters, or -1 if none fits. */
    public static int maxPlaintextBytes(int tokenChars) {
        int rawBytes = tokenChars / 4 * 3;
        int blocks = (rawBytes - HEADER - MAC_LENGTH) / BLOCK;
        return blocks < 1 ? -1 : blocks * BLOCK - 1;
    }
}
