package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.EncryptedColumn;
import dev.advancedalchemy.types.EncryptedString;
import dev.advancedalchemy.types.EncryptedText;
import dev.advancedalchemy.types.HashedPassword;
import dev.advancedalchemy.types.PasswordHashConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test entity with one column of each crypto type, declared as the README tells users to. */
@Entity
@Table(name = "crypto_account")
public class CryptoAccount {
    @Converter
    @EncryptedColumn(key = "it", length = 200, entity = "CryptoAccount", attribute = "apiKey")
    public static class ApiKeyConverter extends EncryptedString implements AttributeConverter<String, String> {}

    @Converter
    @EncryptedColumn(key = "it", entity = "CryptoAccount", attribute = "notes")
    public static class NotesConverter extends EncryptedText implements AttributeConverter<String, String> {}

    @Id
    private Long id;

    @Convert(converter = ApiKeyConverter.class)
    @Column(name = "api_key", length = 200)
    private String apiKey;

    @Convert(converter = NotesConverter.class)
    @Column(name = "notes", columnDefinition = "TEXT")
    private String notes;

    @Convert(converter = PasswordHashConverter.class)
    @Column(name = "password_hash", length = 255)
    private HashedPassword password;

    protected CryptoAccount() {}

    public CryptoAccount(long id, String apiKey, String notes, HashedPassword password) {
        this.id = id;
        this.apiKey = apiKey;
        this.notes = notes;
        this.password = password;
    }

    public Long getId() {
        return id;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getNotes() {
        return notes;
    }

    public HashedPassword getPassword() {
        return password;
    }
}
