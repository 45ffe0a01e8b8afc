package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Converter behaviour without JPA; keys come from system properties (the fallback without MicroProfile Config). */
class EncryptedStringTest {
    @EncryptedColumn(key = "pii", length = 120, entity = "Patient", attribute = "ssn")
    static class SsnConverter extends EncryptedString {}

    @EncryptedColumn(key = "pii", entity = "Patient", attribute = "notes")
    static class NotesConverter extends EncryptedText {}

    @EncryptedColumn(key = "nowhere", entity = "Order", attribute = "card")
    static class UnconfiguredConverter extends EncryptedString {}

    @AfterEach
    void clearKeys() {
        System.clearProperty("alchemy.encryption.key");
        System.clearProperty("alchemy.encryption.keys");
        System.clearProperty("alchemy.encryption.keys.pii");
    }

    @Test
    void roundTripsWithTheDefaultKeyAndStoresAFernetToken() {
        System.setProperty("alchemy.encryption.key", "default key");
        EncryptedString converter = new EncryptedString();

        String stored = converter.convertToDatabaseColumn("4111 1111 1111 1111");
        assertThat(stored).startsWith("gAAAAA").doesNotContain("4111");
        assertThat(Fernet.fromKeyString("default key").decrypt(stored)).isEqualTo("4111 1111 1111 1111");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo("4111 1111 1111 1111");
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void keyListRotatesFirstEncryptsAnyDecrypts() {
        String oldToken = Fernet.fromKeyString("old").encrypt("kept");
        System.setProperty("alchemy.encryption.keys", "new,old");
        EncryptedString converter = new EncryptedString();

        assertThat(converter.convertToEntityAttribute(oldToken)).isEqualTo("kept");
        assertThat(Fernet.fromKeyString("new").decrypt(converter.convertToDatabaseColumn("fresh")))
                .isEqualTo("fresh");
    }

    @Test
    void namedKeyIsUsedByAnnotatedSubclass() {
        System.setProperty("alchemy.encryption.key", "default key");
        System.setProperty("alchemy.encryption.keys.pii", "pii key");

        String stored = new SsnConverter().convertToDatabaseColumn("123-45-6789");
        assertThat(Fernet.fromKeyString("pii key").decrypt(stored)).isEqualTo("123-45-6789");
        assertThat(new NotesConverter().convertToEntityAttribute(stored)).isEqualTo("123-45-6789");
        assertThatThrownBy(() -> new EncryptedString().convertToEntityAttribute(stored))
                .isInstanceOf(ConversionException.class);
    }

    @Test
    void tooLongValueFailsBeforeTheDatabaseWithAClearMessage() {
        System.setProperty("alchemy.encryption.keys.pii", "pii key");
        SsnConverter converter = new SsnConverter(); // VARCHAR(120): plaintexts of up to 31 bytes fit

        assertThat(converter.convertToDatabaseColumn("x".repeat(31))).hasSizeLessThanOrEqualTo(120);
        assertThatThrownBy(() -> converter.convertToDatabaseColumn("y".repeat(32)))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith(EncryptedString.TOO_LONG)
                .hasMessageContaining("Patient.ssn")
                .hasMessageContaining("holds 120")
                .hasMessageContaining("at most 31 bytes")
                .hasMessageNotContaining("yyyy");
    }

    @Test
    void defaultLengthIs255CharactersHolding127Bytes() {
        System.setProperty("alchemy.encryption.key", "k");
        EncryptedString converter = new EncryptedString();

        assertThat(converter.convertToDatabaseColumn("é".repeat(63) + "a")).hasSizeLessThanOrEqualTo(255); // 127 bytes
        assertThatThrownBy(() -> converter.convertToDatabaseColumn("é".repeat(64))) // 128 bytes
                .hasMessageStartingWith(EncryptedString.TOO_LONG);
    }

    @Test
    void textHasNoLengthLimit() {
        System.setProperty("alchemy.encryption.keys.pii", "pii key");
        NotesConverter converter = new NotesConverter();
        String big = "n".repeat(200_000);

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(big)))
                .isEqualTo(big);
    }

    @Test
    void wrongKeyOrTamperedValueNamesTheColumnButNoSecret() {
        String foreign = Fernet.fromKeyString("someone else's key").encrypt("top secret");
        System.setProperty("alchemy.encryption.keys.pii", "pii key");

        assertThatThrownBy(() -> new SsnConverter().convertToEntityAttribute(foreign))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith(Fernet.INVALID_TOKEN)
                .hasMessageContaining("cannot decrypt Patient.ssn with key 'pii'")
                .hasMessageNotContaining(foreign)
                .hasMessageNotContaining("top secret")
                .hasMessageNotContaining("pii key");
        assertThatThrownBy(() -> new SsnConverter().convertToEntityAttribute("plain text that was never encrypted"))
                .hasMessageContaining("not a Fernet token")
                .hasMessageNotContaining("never encrypted");
    }

    @Test
    void missingKeyNamesThePropertyToSet() {
        assertThatThrownBy(() -> new UnconfiguredConverter().convertToDatabaseColumn("x"))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith(EncryptedString.KEY_MISSING)
                .hasMessageContaining("Order.card")
                .hasMessageContaining("alchemy.encryption.keys.nowhere");
        assertThatThrownBy(() -> new EncryptedString().convertToEntityAttribute("gAAAA"))
                .hasMessageContaining("alchemy.encryption.key");
    }

    @Test
    void keysAreEscapableCommaSeparatedLists() {
        System.setProperty("alchemy.encryption.keys", " first\\,with comma , second ");
        String token = new EncryptedString().convertToDatabaseColumn("v");

        assertThat(Fernet.fromKeyString("first,with comma").decrypt(token)).isEqualTo("v");
    }
}
