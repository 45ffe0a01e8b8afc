package dev.advancedalchemy.types.internal.crypto;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import dev.advancedalchemy.exceptions.ConversionException;

/**
 * Computes raw Argon2 hashes through argon2-jvm's bundled native reference implementation. argon2-jvm is an
 * optional dependency: without it every method fails with {@link #MISSING_LIBRARY} naming the artifact to add.
 */
public final class Argon2Engine {
    /** The message id of the error raised when argon2-jvm is not on the class path. */
    public static final String MISSING_LIBRARY = "ALCH-1464";

    private static final String FACTORY = "de.mkammerer.argon2.Argon2Factory";
    private static final boolean AVAILABLE = present();

    private Argon2Engine() {}

    /** argon2-jvm instances are immutable and thread-safe; creating them loads the native library once. */
    private static final class Native {
        static final Argon2Advanced ARGON2ID = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
        static final Argon2Advanced ARGON2I = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2i);
        static final Argon2Advanced ARGON2D = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2d);

        private Native() {}
    }

    private static boolean present() {
        try {
            Class.forName(FACTORY, false, Argon2Engine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Fails unless argon2-jvm is on the class path.
     *
     * @throws ConversionException ({@value #MISSING_LIBRARY}) naming the artifact to add and the JDK-only
     *     alternative
     */
    private static void requireLibrary() {
        if (!AVAILABLE) {
            throw new ConversionException(
                    MISSING_LIBRARY,
                    "Argon2 password hashing needs argon2-jvm, which is not on the class path: add the dependency"
                            + " de.mkammerer:argon2-jvm:2.12 (it bundles the native library), or hash with"
                            + " PasswordHasher.pbkdf2Sha256() (Pbkdf2Hasher, JDK only)",
                    null);
        }
    }

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
        requireLibrary();
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
        requireLibrary();
        return Argon2Factory.createAdvanced(typeOf(type), saltLength, hashLength)
                .hash(iterations, memoryKib, parallelism, new byte[0]);
    }

    /** Verifies the empty password against an encoded hash in the native library (constant-time compare). */
    public static boolean verifyEmpty(String type, String encoded) {
        requireLibrary();
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
            case "argon2id" -> Native.ARGON2ID;
            case "argon2i" -> Native.ARGON2I;
            case "argon2d" -> Native.ARGON2D;
            default -> throw new IllegalArgumentException("unknown Argon2 type " + type);
        };
    }
}
