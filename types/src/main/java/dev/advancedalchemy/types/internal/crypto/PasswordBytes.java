package dev.advancedalchemy.types.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/** Encodes a password's characters to bytes without leaving unwiped copies behind. */
public final class PasswordBytes {
    private PasswordBytes() {}

    /** The password in {@code charset}; the caller wipes the result with {@link #wipe(byte[])}. */
    public static byte[] encode(char[] password, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(password));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE actions cannot fail", e);
        }
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.arrayOffset(), buffer.arrayOffset() + buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    /** Overwrites the bytes with zeros. */
    public static void wipe(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }
}
