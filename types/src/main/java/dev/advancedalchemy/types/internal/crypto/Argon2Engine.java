package dev.advancedalchemy.types.internal.crypto;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;

/** Computes raw Argon2 hashes through argon2-jvm's bundled native reference implementation. */
public final class Argon2Engine {
    // argon2-jvm instances are immutable and thread-safe; creating them loads the native library once
    private static final Argon2Advanced ARGON2ID = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
    private static final Argon2Advanced ARGON2I = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2i);
    private static final Argon2Advanced ARGON2D = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2d);

    private Argon2Engine() {}

    /**
     * Computes the raw tag.
     *
     * @param type {@code argon2id}, {@code argon2i} or {@code argon2d}
     * @param version {@link Argon2Phc#V10} or {@link Argon2Phc#V13}
     * @param secret the optional secret key K, empty for none (PHC strings never carry one)
     * @param associatedData the optional associated data X, empty for none
     */
    public static byte[] rawHash(
            String type,
            int version,
            int memoryKib,
            int iterations,
            int parallelism,
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associatedData,
            int hashLength) {
        Argon2Version v = version == Argon2Phc.V10 ? Argon2Version.V10 : Argon2Version.V13;
        return instance(type)
                .rawHashAdvanced(
                        iterations,
                        memoryKib,
                        parallelism,
                        password,
                        salt,
                        secret.length == 0 ? null : secret,
                        associatedData.length == 0 ? null : associatedData,
                        hashLength,
                        v);
    }

    /**
     * Hashes or verifies the empty password through the encoded-string API: argon2-jvm's raw API cannot pass a
     * zero-length password to the native library.
     */
    public static String hashEmpty(
            String type, int memoryKib, int iterations, int parallelism, int saltLength, int hashLength) {
        return Argon2Factory.createAdvanced(typeOf(type), saltLength, hashLength)
                .hash(iterations, memoryKib, parallelism, new byte[0]);
    }

    /** Verifies the empty password against an encoded hash in the native library (constant-time compare). */
    public static boolean verifyEmpty(String type, String encoded) {
        return instance(type).verify(encoded, new byte[0]);
    }

    private static Argon2Factory.Argon2Types typeOf(String type) {
        return switch (type) {
            case "argon2id" -> Argon2Factory.Argon2Types.ARGON2id;
            case "argon2i" -> Argon2Factory.Argon2Types.ARGON2i;
            case "argon2d" -> Argon2Factory.Argon2Types.ARGON2d;
            default -> throw new IllegalArgumentException("unknown Argon2 type " + type);
        };
    }

    private static Argon2Advanced instance(String type) {
        return switch (type) {
            case "argon2id" -> ARGON2ID;
            case "argon2i" -> ARGON2I;
            case "argon2d" -> ARGON2D;
            default -> throw new IllegalArgumentException("unknown Argon2 type " + type);
        };
    }
}
