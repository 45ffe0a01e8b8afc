package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JPA converter storing a {@link HashedPassword} as its PHC string in a {@code VARCHAR} column (the same text Python
 * Advanced Alchemy's {@code PasswordHash} column stores).
 *
 * <pre>{@code
 * @Convert(converter = PasswordHashConverter.class)
 * @Column(name = "password_hash", length = 255)
 * private HashedPassword password;
 * }</pre>
 *
 * <p>Loaded values use the default Argon2id policy for {@link HashedPassword#needsRehash()}; for another policy
 * subclass it: {@code @Converter public class Pbkdf2Passwords extends PasswordHashConverter { public
 * Pbkdf2Passwords() { super(Pbkdf2Hasher.DEFAULTS); } }}. {@code null} stays {@code null}. The converter never sees
 * plaintext: hashing happens in {@link HashedPassword#create}.
 */
@Converter
public class PasswordHashConverter implements Opaque, AttributeConverter<HashedPassword, String> {
    private final PasswordHasher policy;

    /** Uses the default Argon2id policy. */
    public PasswordHashConverter() {
        this(PasswordHasher.argon2id());
    }

    /** Uses {@code policy} to judge {@link HashedPassword#needsRehash()} of loaded values. */
    protected PasswordHashConverter(PasswordHasher policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable HashedPassword attribute) {
        return attribute == null ? null : attribute.encoded();
    }

    @Override
    public @Nullable HashedPassword convertToEntityAttribute(@Nullable String dbData) {
        return dbData == null ? null : HashedPassword.fromEncoded(dbData, policy);
    }
}
