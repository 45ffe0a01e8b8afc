package dev.advancedalchemy.types.spi;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.EncryptedColumn;
import dev.advancedalchemy.types.EncryptedString;
import dev.advancedalchemy.types.PgCrypto;
import dev.advancedalchemy.types.internal.columns.AttributeAnnotations;
import dev.advancedalchemy.types.internal.crypto.EncryptionKeyConfig;
import jakarta.persistence.Convert;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the encrypted attributes of a persistence unit ({@code @Convert} with {@link EncryptedString},
 * {@code EncryptedText} or a subclass, and {@link PgCrypto}) whose key is not configured, so that a unit can fail at
 * deployment instead of at its first encrypted write.
 *
 * <p>Key presence is asked of the converter itself: an instance made with its no-argument constructor (as the
 * persistence provider makes it) encrypts an empty string, which looks the key up exactly as a write does, so a
 * subclass that supplies its keys in code is never reported. Where that cannot be done (no public no-argument
 * constructor, or a column too short for any token) the configuration lookup of the converter's
 * {@link EncryptedColumn#key()} decides.
 */
public final class EncryptedAttributes {
    private EncryptedAttributes() {}

    /**
     * An encrypted attribute without its key.
     *
     * @param attribute {@code Entity.attribute} (an embeddable's simple class name for its attributes)
     * @param property the configuration property to set, for example {@code alchemy.encryption.key (or the list
     *     alchemy.encryption.keys)}
     */
    public record MissingKey(String attribute, String property) {}

    /** The encrypted attributes of {@code metamodel} whose key is not configured, sorted by attribute. */
    public static List<MissingKey> withoutKey(Metamodel metamodel) {
        List<MissingKey> missing = new ArrayList<>();
        for (ManagedType<?> type : metamodel.getManagedTypes()) {
            String owner = ownerName(type);
            if (owner == null) {
                continue;
            }
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                if (inheritedFromEntity(type, attribute)) {
                    continue; // reported once, on the entity that declares it
                }
                String property = missingProperty(type.getJavaType(), attribute.getName());
                if (property != null) {
                    missing.add(new MissingKey(owner + "." + attribute.getName(), property));
                }
            }
        }
        missing.sort(Comparator.comparing(MissingKey::attribute));
        return List.copyOf(missing);
    }

    private static @Nullable String ownerName(ManagedType<?> type) {
        if (type instanceof EntityType<?> entity) {
            return entity.getName();
        }
        if (type instanceof EmbeddableType<?>) {
            return type.getJavaType().getSimpleName();
        }
        return null; // mapped superclasses: their attributes are reported on each entity
    }

    private static boolean inheritedFromEntity(ManagedType<?> type, Attribute<?, ?> attribute) {
        ManagedType<?> declaring = attribute.getDeclaringType();
        return declaring != type && declaring instanceof EntityType<?>;
    }

    /** The property to set for the attribute's key, or null if it is not encrypted or its key is there. */
    private static @Nullable String missingProperty(Class<?> type, String attribute) {
        var pgCrypto = AttributeAnnotations.find(type, attribute, PgCrypto.class);
        if (pgCrypto.isPresent()) {
            String key = pgCrypto.get().key();
            return EncryptionKeyConfig.keys(key).isEmpty() ? property(key) : null;
        }
        var convert = AttributeAnnotations.find(type, attribute, Convert.class);
        if (convert.isEmpty()
                || !EncryptedString.class.isAssignableFrom(convert.get().converter())) {
            return null;
        }
        Class<? extends EncryptedString> converter = convert.get().converter().asSubclass(EncryptedString.class);
        EncryptedColumn settings = converter.getAnnotation(EncryptedColumn.class);
        String key = settings == null ? "" : settings.key();
        return keyMissing(converter, key) ? property(key) : null;
    }

    private static boolean keyMissing(Class<? extends EncryptedString> converter, String key) {
        try {
            converter.getConstructor().newInstance().convertToDatabaseColumn("");
            return false;
        } catch (ConversionException e) {
            String id = e.messageId();
            if (EncryptedString.KEY_MISSING.equals(id) || MicroProfileConfigPresence.ID.equals(id)) {
                return true;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // cannot be made or asked as the provider would: fall back to the configuration lookup below
        }
        return EncryptionKeyConfig.keys(key).isEmpty();
    }

    private static String property(String key) {
        return key.isEmpty()
                ? EncryptionKeyConfig.DEFAULT_KEY + " (or the list " + EncryptionKeyConfig.DEFAULT_KEYS + ")"
                : EncryptionKeyConfig.propertyFor(key);
    }
}
