package dev.advancedalchemy.types;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.internal.crypto.FernetCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of Fernet keys for key rotation: the <em>first</em> key encrypts, <em>any</em> key decrypts (like
 * Python's {@code MultiFernet}).
 *
 * <pre>{@code
 * FernetKeyRing ring = FernetKeyRing.ofKeyStrings(List.of("new key", "old key"));
 * String token = ring.encrypt("hello");          // made with "new key"
 * ring.decrypt(tokenMadeWithOldKey);             // still readable
 * ring.isPrimary(tokenMadeWithOldKey);           // false: re-encrypt it (see Reencrypt)
 * }</pre>
 *
 * <p>Rotation: put the new key first, keep the old ones after it, re-encrypt existing rows with {@link Reencrypt},
 * then drop the old keys. Immutable and thread-safe; {@link #toString()} never shows keys.
 */
public final class FernetKeyRing {
    private final List<Fernet> keys;

    private FernetKeyRing(List<Fernet> keys) {
        if (keys.isEmpty()) {
            throw new ConversionException(Fernet.INVALID_KEY, "a key ring needs at least one key", null);
        }
        this.keys = List.copyOf(keys);
    }

    /**
     * A ring of keys derived from key strings as Python Advanced Alchemy does (see {@link Fernet#fromKeyString}).
     *
     * @throws ConversionException ({@value Fernet#INVALID_KEY}) if the list is empty or a key string is blank
     */
    public static FernetKeyRing ofKeyStrings(List<String> keyStrings) {
        return new FernetKeyRing(keyStrings.stream().map(Fernet::fromKeyString).toList());
    }

    /** A ring of the given keys, the first one encrypting. */
    public static FernetKeyRing of(Fernet primary, Fernet... older) {
        Fernet[] all = new Fernet[older.length + 1];
        all[0] = Objects.requireNonNull(primary, "primary");
        System.arraycopy(older, 0, all, 1, older.length);
        return new FernetKeyRing(Arrays.asList(all));
    }

    /** The number of keys. */
    public int size() {
        return keys.size();
    }

    /** Encrypts with the first key. */
    public String encrypt(String plaintext) {
        return keys.get(0).encrypt(plaintext);
    }

    /**
     * Decrypts a token made with any key of the ring.
     *
     * @throws ConversionException ({@value Fernet#INVALID_TOKEN}) if no key's signature matches or the token is
     *     malformed; the message never contains the token
     */
    public String decrypt(String token) {
        byte[] data = decode(token);
        for (Fernet key : keys) {
            if (key.codec().signatureMatches(data)) {
                try {
                    byte[] plain =
                            key.codec().decryptVerified(data, null, key.clock().instant());
                    return new String(plain, StandardCharsets.UTF_8);
                } catch (FernetCodec.InvalidTokenException e) {
                    throw rejected(e);
                }
            }
        }
        throw new ConversionException(
                Fernet.INVALID_TOKEN,
                "Fernet token rejected: signature matches none of the " + keys.size()
                        + " configured key(s) (wrong key or tampered value)",
                null);
    }

    /**
     * Whether a token was made with the first key, so it needs no re-encryption.
     *
     * @throws ConversionException ({@value Fernet#INVALID_TOKEN}) if the token is malformed
     */
    public boolean isPrimary(String token) {
        return keys.get(0).codec().signatureMatches(decode(token));
    }

    /**
     * Returns the token re-encrypted with the first key, or the same token if it already was.
     *
     * @throws ConversionException ({@value Fernet#INVALID_TOKEN}) if no key can decrypt it
     */
    public String rotate(String token) {
        return isPrimary(token) ? token : encrypt(decrypt(token));
    }

    private static byte[] decode(String token) {
        try {
            return FernetCodec.decodeStructure(Objects.requireNonNull(token, "token"));
        } catch (FernetCodec.InvalidTokenException e) {
            throw rejected(e);
        }
    }

    private static ConversionException rejected(FernetCodec.InvalidTokenException e) {
        return new ConversionException(Fernet.INVALID_TOKEN, "Fernet token rejected: " + e.getMessage(), null);
    }

    @Override
    public String toString() {
        return "FernetKeyRing[" + keys.size() + " key(s)]";
    }
}
