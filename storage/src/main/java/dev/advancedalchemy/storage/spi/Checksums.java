package dev.advancedalchemy.storage.spi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum every backend stores: SHA-256 of the bytes, as 64 lower-case hex digits. SHA-256 rather than MD5:
 * it is collision resistant, and on CPUs with SHA extensions (which the JDK's intrinsics use) it is faster than MD5.
 *
 * <pre>{@code
 * MessageDigest digest = Checksums.newDigest();
 * digest.update(bytes);
 * String checksum = Checksums.hex(digest); // 64 lower-case hex digits
 * }</pre>
 */
public final class Checksums {
    /** The {@link MessageDigest} algorithm name. */
    public static final String ALGORITHM = "SHA-256";

    private Checksums() {}

    /** A fresh digest. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }

    /** Completes {@code digest} and returns it as lower-case hex. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The entity tag of a file-system or in-memory file: its quoted checksum. */
    public static String etag(String checksum) {
        return '"' + checksum + '"';
    }
}
