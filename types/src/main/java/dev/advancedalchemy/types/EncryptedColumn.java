package dev.advancedalchemy.types;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures a subclass of {@link EncryptedString} or {@link EncryptedText}: which configured key it uses, the
 * column length it must respect, and the entity and attribute it names in error messages. A JPA converter is
 * created by the persistence provider with its no-argument constructor and cannot see the attribute it converts, so
 * the settings live on a small converter class per column (or per group of columns sharing settings):
 *
 * <pre>{@code
 * @Entity
 * public class Patient {
 *     @Converter
 *     @EncryptedColumn(key = "pii", length = 512, entity = "Patient", attribute = "ssn")
 *     public static class SsnConverter extends EncryptedString implements AttributeConverter<String, String> {}
 *
 *     @Convert(converter = SsnConverter.class)
 *     @Column(length = 512)                       // same length as the annotation
 *     private String ssn;
 * }
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>The subclass repeats {@code implements AttributeConverter<String, String>}: EclipseLink reads a converter's
 *       type arguments only from the class's own {@code implements} clause (Hibernate does not need it).
 *   <li>{@link #key()} {@code ""} uses the default keys ({@code alchemy.encryption.keys}, else
 *       {@code alchemy.encryption.key}); a name {@code n} uses {@code alchemy.encryption.keys.n}. Each is a
 *       comma-separated list; the first key encrypts, every key decrypts.
 *   <li>{@link #length()} is the {@code VARCHAR} length of the column, counted in characters of the stored token;
 *       it must equal the {@code @Column(length)}. {@link EncryptedText} ignores it.
 *   <li>{@link #entity()} and {@link #attribute()} only label error messages.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EncryptedColumn {
    /** The key name: {@code ""} for the default keys, otherwise the {@code n} of {@code alchemy.encryption.keys.n}. */
    String key() default "";

    /** The column's {@code VARCHAR} length in characters (JPA's default {@code @Column} length is 255). */
    int length() default 255;

    /** The entity name shown in error messages. */
    String entity() default "";

    /** The attribute (column) name shown in error messages. */
    String attribute() default "";
}
