package dev.advancedalchemy.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a stream while computing its MD5 and length, so checksums never need a second pass. */
public final class Md5Stream {
    private static final int BUFFER = 64 * 1024;

    private final MessageDigest md5;
    private long size;

    public Md5Stream() {
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** Copies {@code in} to {@code out} (neither closed), updating the digest. */
    public void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            md5.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
    }

    /** Updates the digest with bytes written elsewhere. */
    public void update(byte[] buffer, int offset, int length) {
        md5.update(buffer, offset, length);
        size += length;
    }

    public long size() {
        return size;
    }

    /** Hex digest; call once, after the copy. */
    public String hex() {
        return HexFormat.of().formatHex(md5.digest());
    }
}
