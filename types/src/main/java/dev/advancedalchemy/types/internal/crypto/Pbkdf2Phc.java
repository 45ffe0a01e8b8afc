package dev.advancedalchemy.types.internal.crypto;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * passlib's {@code pbkdf2_sha256} format, {@code $pbkdf2-sha256$<rounds>$<salt>$<checksum>} with passlib's "adapted
 * base64" (standard base64, {@code .} instead of {@code +}, no padding), and the PBKDF2-HMAC-SHA256 computation.
 */
public record Pbkdf2Phc(int rounds, byte[] salt, byte[] checksum) {
    /** The scheme prefix. */
    public static final String PREFIX = "$pbkdf2-sha256$";

    private static final Pattern FORMAT =
            Pattern.compile("\\$pbkdf2-sha256\\$(\\d{1,10})\\$([A-Za-z0-9./]*)\\$([A-Za-z0-9./]{43})");

    /** Parses the format; empty if it is not one. */
    public static Optional<Pbkdf2Phc> parse(String encoded) {
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long rounds = Long.parseLong(m.group(1));
            if (rounds < 1 || rounds > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            return Optional.of(new Pbkdf2Phc((int) rounds, ab64Decode(m.group(2)), ab64Decode(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Formats as passlib does. */
    public String format() {
        return PREFIX + rounds + "$" + ab64Encode(salt) + "$" + ab64Encode(checksum);
    }

    /** PBKDF2 (RFC 8018) with HMAC-SHA256, one 32-byte block. */
    public static byte[] derive(byte[] password, byte[] salt, int rounds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // HMAC zero-pads keys shorter than its 64-byte block, so an empty password equals one zero byte;
            // SecretKeySpec rejects empty keys.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            mac.update(salt);
            mac.update(new byte[] {0, 0, 0, 1});
            byte[] u = mac.doFinal();
            byte[] result = u.clone();
            for (int i = 1; i < rounds; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    static String ab64Encode(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('+', '.');
    }

    static byte[] ab64Decode(String text) {
        return Base64.getDecoder().decode(text.replace('.', '+'));
    }

    @Override
    public String toString() {
        return "Pbkdf2Phc[rounds=" + rounds + "]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Pbkdf2Phc other && format().equals(other.format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }
}
