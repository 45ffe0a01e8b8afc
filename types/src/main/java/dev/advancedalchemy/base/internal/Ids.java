package dev.advancedalchemy.base.internal;

import java.security.SecureRandom;
import java.util.UUID;

/** The one place the base classes get new keys from, so the generators can be swapped without touching them. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict".toCharArray();

    private Ids() {}

    public static UUID v4() {
        return UUID.randomUUID();
    }

    public static UUID v6() {
        return UUID.randomUUID();
    }

    public static UUID v7() {
        return UUID.randomUUID();
    }

    public static String nanoId() {
        char[] out = new char[21];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
