package dev.advancedalchemy.types.internal.crypto;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Verifies a password against a stored hash of any supported scheme (Argon2 i/d/id, passlib pbkdf2-sha256), in
 * constant time, turning unusable hash strings into {@code false} plus a logged warning.
 */
public final class PasswordVerifier {
    private static final System.Logger LOG = System.getLogger("dev.advancedalchemy.types.HashedPassword");

    private PasswordVerifier() {}

    /** The scheme name ({@code argon2id}, {@code argon2i}, {@code argon2d}, {@code pbkdf2-sha256}) if recognised. */
    public static Optional<String> scheme(String encoded) {
        if (Argon2Phc.parse(encoded).isPresent()) {
            return Optional.of(Argon2Phc.parse(encoded).get().type());
        }
        return Pbkdf2Phc.parse(encoded).map(p -> "pbkdf2-sha256");
    }

    /** Whether {@code password} (UTF-8) matches; {@code false} with a warning if the hash cannot be parsed. */
    public static boolean verify(String encoded, char[] password) {
        Optional<Argon2Phc> argon2 = Argon2Phc.parse(encoded);
        if (argon2.isPresent()) {
            byte[] bytes = PasswordBytes.encode(password, StandardCharsets.UTF_8);
            try {
                return verifyArgon2(argon2.get(), bytes);
            } finally {
                PasswordBytes.wipe(bytes);
            }
        }
        Optional<Pbkdf2Phc> pbkdf2 = Pbkdf2Phc.parse(encoded);
        if (pbkdf2.isPresent()) {
            byte[] bytes = PasswordBytes.encode(password, StandardCharsets.UTF_8);
            try {
                byte[] actual = Pbkdf2Phc.derive(
                        bytes, pbkdf2.get().salt(), pbkdf2.get().rounds());
                return MessageDigest.isEqual(actual, pbkdf2.get().checksum());
            } finally {
                PasswordBytes.wipe(bytes);
            }
        }
        warnUnusable(encoded);
        return false;
    }

    /** Verifies already-encoded password bytes against a parsed Argon2 hash in constant time. */
    public static boolean verifyArgon2(Argon2Phc phc, byte[] password) {
        byte[] actual;
        try {
            if (password.length == 0) {
                return Argon2Engine.verifyEmpty(phc.type(), phc.format());
            }
            actual = Argon2Engine.rawHash(
                    phc.type(),
                    phc.version(),
                    phc.memoryKib(),
                    phc.iterations(),
                    phc.parallelism(),
                    password,
                    phc.salt(),
                    new byte[0],
                    new byte[0],
                    phc.hash().length);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // argon2-jvm reports parameter errors of the native library this way (for example too much memory)
            LOG.log(
                    Level.WARNING,
                    "stored {0} hash has parameters the Argon2 library rejects ({1}); " + "verification fails",
                    phc.type(),
                    e.getMessage());
            return false;
        }
        return MessageDigest.isEqual(actual, phc.hash());
    }

    /** Logs that a stored hash is unusable, naming its apparent scheme and length but not its content. */
    public static void warnUnusable(String encoded) {
        String scheme = encoded.startsWith("$") && encoded.indexOf('$', 1) > 0
                ? encoded.substring(1, Math.min(encoded.indexOf('$', 1), 20))
                : "none";
        LOG.log(
                Level.WARNING,
                "stored password hash is not a valid Argon2 or pbkdf2-sha256 PHC string (scheme ''{0}'', {1} chars,"
                        + " possibly truncated by the column); verification fails",
                scheme,
                encoded.length());
    }
}
