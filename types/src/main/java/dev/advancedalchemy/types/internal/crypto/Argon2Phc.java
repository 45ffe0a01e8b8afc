package dev.advancedalchemy.types.internal.crypto;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parsed Argon2 PHC string {@code $argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>} (salt and hash in unpadded
 * standard base64); a missing {@code v=} means version 16 (0x10), as the reference implementation reads it.
 */
public record Argon2Phc(
        String type, int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    private static final Pattern FORMAT = Pattern.compile(
            "\\$(argon2id|argon2i|argon2d)(?:\\$v=(\\d{1,3}))?\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})"
                    + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    /** Argon2 version 1.0. */
    public static final int V10 = 0x10;
    /** Argon2 version 1.3 (RFC 9106). */
    public static final int V13 = 0x13;

    /** Parses an Argon2 PHC string; empty if it is not one or its numbers are out of Argon2's ranges. */
    public static Optional<Argon2Phc> parse(String encoded) {
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int version = m.group(2) == null ? V10 : Integer.parseInt(m.group(2));
            long memory = Long.parseLong(m.group(3));
            long iterations = Long.parseLong(m.group(4));
            int parallelism = Integer.parseInt(m.group(5));
            byte[] salt = Base64.getDecoder().decode(m.group(6));
            byte[] hash = Base64.getDecoder().decode(m.group(7));
            boolean valid = (version == V10 || version == V13)
                    && parallelism >= 1
                    && parallelism <= 0xFFFFFF
                    && memory >= 8L * parallelism
                    && memory <= Integer.MAX_VALUE
                    && iterations >= 1
                    && iterations <= Integer.MAX_VALUE
                    && salt.length >= 8
                    && hash.length >= 4;
            return valid
                    ? Optional.of(
                            new Argon2Phc(m.group(1), version, (int) memory, (int) iterations, parallelism, salt, hash))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // bad base64 (e.g. impossible trailing bits) or a number out of range
        }
    }

    /** Formats as argon2-cffi does: always with {@code v=}, unpadded standard base64. */
    public String format() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return String.format(
                Locale.ROOT,
                "$%s$v=%d$m=%d,t=%d,p=%d$%s$%s",
                type,
                version,
                memoryKib,
                iterations,
                parallelism,
                b64.encodeToString(salt),
                b64.encodeToString(hash));
    }

    @Override
    public String toString() {
        return "Argon2Phc[" + type + ", v=" + version + ", m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism
                + "]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Argon2Phc other && format().equals(other.format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }
}
