package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter that stores a {@code String} attribute of any length as a Fernet token in a text column ({@code TEXT}
 * on PostgreSQL, MariaDB/MySQL and H2; {@code CLOB} elsewhere), as Python Advanced Alchemy's {@code EncryptedText}.
 *
 * <pre>{@code
 * @Convert(converter = EncryptedText.class)
 * @Column(columnDefinition = "TEXT")
 * private String medicalNotes;
 * }</pre>
 *
 * <p>Same keys, rotation and errors as {@link EncryptedString}, without the length check. For a named key or
 * error-message labels, subclass and annotate with {@link EncryptedColumn} (its {@code length} is ignored). Declare
 * the column as text ({@code columnDefinition = "TEXT"}), not {@code @Lob}: Hibernate maps a {@code @Lob String} to
 * an {@code oid} large object on PostgreSQL, which Python (and {@code psql}) cannot read as text.
 *
 * <p>The class repeats {@code implements AttributeConverter<…>} on purpose: EclipseLink reads a converter's column
 * type from the last type argument of the class's own generic signature and fails (or picks the wrong type) when the
 * interface is only inherited; see {@code docs/eclipselink.md}.
 */
@Converter
public class EncryptedText extends EncryptedString implements AttributeConverter<String, String> {
    /** Uses the {@link EncryptedColumn} settings of the (sub)class, or the default key. */
    public EncryptedText() {
        super();
    }

    /**
     * For subclasses that supply their keys in code.
     *
     * @param ring the keys; the first encrypts
     * @param label names the column in error messages
     */
    protected EncryptedText(FernetKeyRing ring, String label) {
        super(ring, Integer.MAX_VALUE, label);
    }

    @Override
    protected int maxLength() {
        return Integer.MAX_VALUE;
    }
}
