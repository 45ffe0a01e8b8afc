package dev.advancedalchemy.types.eclipselink;

import dev.advancedalchemy.types.internal.eclipselink.SecretSafeInstaller;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Keeps secrets out of EclipseLink's error messages and logs for {@link dev.advancedalchemy.types.EncryptedString},
 * {@link dev.advancedalchemy.types.EncryptedText}, {@link dev.advancedalchemy.types.PasswordHashConverter} and every
 * other {@link dev.advancedalchemy.types.Opaque} converter.
 *
 * <p>Without it, when such a converter fails (value too long, wrong key, tampered token) EclipseLink wraps the error
 * in a {@code PersistenceException} whose message contains the value being converted, that is the plaintext on
 * writes and the token on reads, and logs that message at {@code WARNING}. Register it once per persistence unit:
 *
 * <pre>{@code
 * <property name="eclipselink.session.customizer"
 *           value="dev.advancedalchemy.types.eclipselink.EncryptedColumns"/>
 * }</pre>
 *
 * or call {@code new EncryptedColumns().customize(session)} from the unit's own session customizer. The
 * {@code ConversionException} of the converter then reaches the caller unchanged (as on Hibernate). Other
 * attributes are left untouched.
 */
public class EncryptedColumns implements SessionCustomizer, DescriptorCustomizer {
    /** Installs the secret-safe wrapper on every entity of the session. */
    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            customize(descriptor);
        }
    }

    /** Installs the secret-safe wrapper on one entity. */
    @Override
    public void customize(ClassDescriptor descriptor) {
        SecretSafeInstaller.install(descriptor);
    }
}
