package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.types.spi.EncryptedAttributes;
import jakarta.persistence.metamodel.Metamodel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fails deployment ({@value #ID}) for units that map encrypted attributes ({@code EncryptedString},
 * {@code EncryptedText}, {@code @PgCrypto}) whose key is not configured, instead of failing at the first encrypted
 * write. One error lists every such attribute of every unit, grouped by the property to set.
 */
final class EncryptionKeyCheck {
    /** Message id: encrypted attributes without a configured key, found at deployment. */
    static final String ID = "ALCH-1465";

    private EncryptionKeyCheck() {}

    /**
     * The attributes of one unit that lack their key, as one line per property; empty when none does.
     *
     * @param unit the unit as messages name it, for example {@code persistence unit 'main'}
     */
    static List<String> problems(String unit, Metamodel metamodel) {
        Map<String, List<String>> byProperty = new LinkedHashMap<>();
        for (EncryptedAttributes.MissingKey missing : EncryptedAttributes.withoutKey(metamodel)) {
            byProperty
                    .computeIfAbsent(missing.property(), p -> new ArrayList<>())
                    .add(missing.attribute());
        }
        List<String> lines = new ArrayList<>();
        byProperty.forEach((property, attributes) -> lines.add(String.join(", ", attributes) + " (" + unit + ") need"
                + (attributes.size() == 1 ? "s " : " ") + property));
        return lines;
    }

    /** The error for every line {@link #problems} found, or empty when there is none. */
    static Optional<AdvancedAlchemyException> error(List<String> problems) {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AdvancedAlchemyException(
                ID,
                "no encryption key is configured for encrypted attributes: " + String.join("; ", problems)
                        + " — fix: set the key in MicroProfile Config, a system property or the environment (for"
                        + " example ALCHEMY_ENCRYPTION_KEY); without it every write of these attributes fails",
                null));
    }
}
