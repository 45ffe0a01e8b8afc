package dev.advancedalchemy.types;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.internal.crypto.EncryptionKeyConfig;
import dev.advancedalchemy.types.internal.crypto.FernetCodec;
import dev.advancedalchemy.types.spi.MicroProfileConfigPresence;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JPA converter that stores a {@code String} attribute as a Fernet token in a bounded {@code VARCHAR} column,
 * readable and writable by Python Advanced Alchemy's {@code EncryptedString} with the same key string.
 *
 * <pre>{@code
 * // alchemy.encryption.key=<a long random string>   (MicroProfile Config, system property or ALCHEMY_ENCRYPTION_KEY)
 * @Convert(converter = EncryptedString.class)
 * @Column(length = 255)
 * private String apiToken;
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>Keys come from configuration, looked up on first use: {@code alchemy.encryption.keys} (a comma-separated
 *       list, first encrypts, all decrypt), else {@code alchemy.encryption.key}. Per-column keys, lengths and
 *       error-message labels: subclass and annotate with {@link EncryptedColumn}. Programmatic keys: subclass and
 *       call {@link #EncryptedString(FernetKeyRing, int, String)}.
 *   <li>The column length (default 255, JPA's default) is checked <em>before</em> anything is sent to the database:
 *       a token of n UTF-8 plaintext bytes takes {@code 4 × ceil((57 + 16 × floor(n / 16 + 1)) / 3)} characters,
 *       so 255 characters hold at most 127 UTF-8 bytes of plaintext.
 *   <li>On EclipseLink set the unit's one alchemy property ({@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource});
 *       otherwise EclipseLink puts the value being converted into its error message when this converter fails.
 *       Your own subclasses (named keys, labels) are your classes: list them in the unit, and on EclipseLink repeat
 *       {@code implements AttributeConverter<String, String>} on them (see {@code docs/eclipselink.md}).
 *   <li>{@code null} stays {@code null}. Encrypted columns cannot be searched or sorted (the converter is
 *       {@link Opaque}).
 * </ul>
 *
 * <p>Errors ({@link ConversionException}; messages name the converter's label and key name, never the value, the
 * token or the key): {@value #KEY_MISSING} no key configured ({@value MicroProfileConfigPresence#ID} when the key is
 * written in {@code META-INF/microprofile-config.properties} but no MicroProfile Config implementation is on the class
 * path to read it), {@value #TOO_LONG} value too long for the column,
 * {@value Fernet#INVALID_TOKEN} a stored value that is tampered with or was written with a key not configured.
 */
@Converter
public class EncryptedString implements Opaque, AttributeConverter<String, String> {
    /** Message id: no key is configured for this converter. */
    public static final String KEY_MISSING = "ALCH-1461";
    /** Message id: the encrypted value does not fit the column. */
    public static final String TOO_LONG = "ALCH-1462";

    private final String keyName;
    private final int length;
    private final String label;
    private volatile @Nullable FernetKeyRing ring;

    /** Uses the {@link EncryptedColumn} settings of the (sub)class, or the default key and length 255. */
    public EncryptedString() {
        EncryptedColumn settings = getClass().getAnnotation(EncryptedColumn.class);
        this.keyName = settings == null ? "" : settings.key();
        this.length = settings == null ? 255 : settings.length();
        this.label = labelOf(settings, getClass());
        this.ring = null;
        if (length < 1) {
            throw new IllegalArgumentException(getClass().getName() + ": @EncryptedColumn(length) must be positive");
        }
    }

    /**
     * For subclasses that supply their keys in code (for example from a vault) instead of configuration.
     *
     * @param ring the keys; the first encrypts
     * @param length the column length in characters
     * @param label names the column in error messages, for example {@code "Patient.ssn"}
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    protected EncryptedString(FernetKeyRing ring, int length, String label) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be positive, got " + length);
        }
        this.ring = Objects.requireNonNull(ring, "ring");
        this.keyName = "";
        this.length = length;
        this.label = Objects.requireNonNull(label, "label");
    }

    /**
     * Encrypts the value with the first configured key.
     *
     * @throws ConversionException {@value #TOO_LONG} if the token would exceed the column length; {@value #KEY_MISSING}
     *     if no key is configured
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String attribute) {
        if (attribute == null) {
            return null;
        }
        int plainBytes = attribute.getBytes(StandardCharsets.UTF_8).length;
        int maxLength = maxLength();
        if (FernetCodec.tokenLength(plainBytes) > maxLength) {
            throw new ConversionException(
                    TOO_LONG,
                    "value for " + label + " is too long for its column: encrypted, " + plainBytes
                            + " UTF-8 bytes take " + FernetCodec.tokenLength(plainBytes) + " characters but the column"
                            + " holds " + maxLength + " (at most "
                            + Math.max(0, FernetCodec.maxPlaintextBytes(maxLength))
                            + " bytes of plaintext fit); shorten the value or raise @Column(length) together with"
                            + " @EncryptedColumn(length)",
                    null);
        }
        return keyRing().encrypt(attribute);
    }

    /**
     * Decrypts a stored token with whichever configured key made it.
     *
     * @throws ConversionException {@value Fernet#INVALID_TOKEN} if the token is tampered with, malformed, or was made
     *     with a key that is not configured; {@value #KEY_MISSING} if no key is configured
     */
    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String dbData) {
        if (dbData == null) {
            return null;
        }
        try {
            return keyRing().decrypt(dbData);
        } catch (ConversionException e) {
            if (!Fernet.INVALID_TOKEN.equals(e.messageId())) {
                throw e;
            }
            throw new ConversionException(
                    Fernet.INVALID_TOKEN,
                    "cannot decrypt " + label + " with " + keyDescription() + ": " + e.detail()
                            + "; if keys were rotated, keep the old key after the new one",
                    null);
        }
    }

    /** The column length this converter enforces ({@link Integer#MAX_VALUE} when unbounded). */
    protected int maxLength() {
        return length;
    }

    /** The keys, resolved from configuration on first use. */
    protected final FernetKeyRing keyRing() {
        FernetKeyRing current = ring;
        if (current == null) {
            List<String> keys = EncryptionKeyConfig.keys(keyName);
            Optional<String> unread = keys.isEmpty() ? EncryptionKeyConfig.unreadKeyFiles(keyName) : Optional.empty();
            if (unread.isPresent()) {
                throw new ConversionException(MicroProfileConfigPresence.ID, unread.get(), null);
            }
            if (keys.isEmpty()) {
                throw new ConversionException(
                        KEY_MISSING,
                        "no encryption key configured for " + label + ": set "
                                + (keyName.isEmpty()
                                        ? EncryptionKeyConfig.DEFAULT_KEY + " (or the list "
                                                + EncryptionKeyConfig.DEFAULT_KEYS + ")"
                                        : EncryptionKeyConfig.propertyFor(keyName))
                                + " in MicroProfile Config, a system property or the environment",
                        null);
            }
            current = FernetKeyRing.ofKeyStrings(keys);
            ring = current;
        }
        return current;
    }

    private String keyDescription() {
        return keyName.isEmpty() ? "the default keys" : "key '" + keyName + "'";
    }

    private static String labelOf(@Nullable EncryptedColumn settings, Class<?> type) {
        if (settings != null && !settings.entity().isEmpty()) {
            return settings.attribute().isEmpty() ? settings.entity() : settings.entity() + "." + settings.attribute();
        }
        if (settings != null && !settings.attribute().isEmpty()) {
            return settings.attribute();
        }
        return "column converted by " + type.getName();
    }
}
