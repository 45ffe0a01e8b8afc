package dev.advancedalchemy.deployment;

import dev.advancedalchemy.types.EncryptedColumn;
import dev.advancedalchemy.types.EncryptedString;
import dev.advancedalchemy.types.EncryptedText;
import dev.advancedalchemy.types.FernetKeyRing;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * Encrypted attributes of every kind: the default key ({@code token}, {@code notes}), a named key ({@code pin}) and
 * keys supplied in code ({@code badge}, which needs no configuration).
 */
@Entity
@Table(name = "dp_secret")
public class Secret {
    /** Encrypts with the key {@code alchemy.encryption.keys.pins}. */
    @Converter
    @EncryptedColumn(key = "pins", entity = "Secret", attribute = "pin")
    public static class PinConverter extends EncryptedString implements AttributeConverter<String, String> {}

    /** Encrypts with a key given in code. */
    @Converter
    public static class BadgeConverter extends EncryptedString implements AttributeConverter<String, String> {
        public BadgeConverter() {
            super(FernetKeyRing.ofKeyStrings(List.of("a key supplied in code")), 255, "Secret.badge");
        }
    }

    @Id
    private Long id;

    @Convert(converter = EncryptedString.class)
    private String token;

    @Convert(converter = EncryptedText.class)
    @Column(columnDefinition = "TEXT")
    private String notes;

    @Convert(converter = PinConverter.class)
    private String pin;

    @Convert(converter = BadgeConverter.class)
    private String badge;

    protected Secret() {}

    public Secret(long id, String token, String notes, String pin, String badge) {
        this.id = id;
        this.token = token;
        this.notes = notes;
        this.pin = pin;
        this.badge = badge;
    }

    public String getToken() {
        return token;
    }

    public String getNotes() {
        return notes;
    }

    public String getPin() {
        return pin;
    }

    public String getBadge() {
        return badge;
    }
}
