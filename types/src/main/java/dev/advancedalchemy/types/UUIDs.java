package dev.advancedalchemy.types;

import dev.advancedalchemy.types.internal.ids.UuidGenerator;
import dev.advancedalchemy.types.internal.ids.UuidLayout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;

/**
 * RFC 9562 UUIDs: random (v4), time-ordered (v6, v7) and name-based (v3, v5), and the unsigned order in which
 * databases sort them.
 *
 * <pre>{@code
 * UUID id = UUIDs.v7();                      // 0190b2c4-6f1e-7a3b-9c2d-...: sorts by creation time
 * Instant created = UUIDs.timestamp(id);      // to the millisecond
 * boolean later = UUIDs.compareUnsigned(UUIDs.v7(), id) > 0; // true
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@link #v7()} returns ids that are strictly increasing, compared as unsigned 128-bit numbers, across all
 *       threads of this class loader: many in one millisecond (a 42-bit counter seeded randomly each millisecond),
 *       when that counter runs out (the timestamp field moves one millisecond ahead) and when the system clock goes
 *       backwards (the last timestamp is kept). The remaining 32 bits are random.
 *   <li>{@link #v6()} is likewise strictly increasing; its clock sequence and node are random for every id, with
 *       the node's multicast bit set (RFC 9562 §6.10), so no MAC address is disclosed.
 *   <li>Randomness comes from {@link SecureRandom}; all methods are thread-safe.
 *   <li>Order UUIDs with {@link #compareUnsigned(UUID, UUID)}, not {@link UUID#compareTo(UUID)}: the JDK compares
 *       the two halves as signed longs, which disagrees with PostgreSQL {@code uuid}, {@code BINARY(16)} and RFC
 *       9562 byte order whenever the top bit of a half differs.
 * </ul>
 */
public final class UUIDs {
    /** The nil UUID {@code 00000000-0000-0000-0000-000000000000}. */
    public static final UUID NIL = new UUID(0L, 0L);

    /** The max UUID {@code ffffffff-ffff-ffff-ffff-ffffffffffff}. */
    public static final UUID MAX = new UUID(-1L, -1L);

    // The one piece of static mutable state allowed: the monotonic v6/v7 state lives in this generator.
    private static final UuidGenerator GENERATOR = new UuidGenerator(InstantSource.system(), new SecureRandom());

    private UUIDs() {}

    /** A random (version 4) UUID, from 122 random bits. */
    public static UUID v4() {
        return GENERATOR.v4();
    }

    /**
     * A time-ordered version 6 UUID for now, greater than every version 6 UUID this class returned before.
     *
     * @throws IllegalArgumentException if the system clock is outside the 60-bit Gregorian range (1582 to 5236)
     */
    public static UUID v6() {
        return GENERATOR.v6();
    }

    /**
     * A version 6 UUID for the given instant (to 100 ns) with a random clock sequence and node; ids made this way
     * are not ordered among themselves within one 100-ns tick. Useful to back-fill ids for existing rows.
     *
     * @throws IllegalArgumentException if the instant is before 1582-10-15 or after 5236
     */
    public static UUID v6(Instant instant) {
        return GENERATOR.v6(UuidLayout.toGregorian100ns(instant));
    }

    /**
     * A time-ordered version 7 UUID for now, greater than every version 7 UUID this class returned before.
     *
     * @throws IllegalStateException if the system clock is after the year 10889 (the 48-bit millisecond range)
     */
    public static UUID v7() {
        return GENERATOR.v7();
    }

    /**
     * A version 7 UUID for the given instant (to the millisecond) with 74 random bits; ids made this way are not
     * ordered among themselves within one millisecond. Useful to back-fill ids for existing rows.
     *
     * @throws IllegalArgumentException if the instant is before 1970 or after the year 10889
     */
    public static UUID v7(Instant instant) {
        return GENERATOR.v7(UuidLayout.toUnixMillis(instant));
    }

    /**
     * The name-based version 3 (MD5) UUID of {@code name} (UTF-8) in {@code namespace}, as Python's
     * {@code uuid.uuid3}.
     */
    public static UUID v3(UUID namespace, String name) {
        return UUID.nameUUIDFromBytes(namespaced(namespace, name));
    }

    /**
     * The name-based version 5 (SHA-1) UUID of {@code name} (UTF-8) in {@code namespace}, as Python's
     * {@code uuid.uuid5}: {@code UUIDs.v5(dns, "www.example.com")} is {@code 2ed6657d-e927-568b-95e1-2665a8aea6a2}.
     */
    public static UUID v5(UUID namespace, String name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-1").digest(namespaced(namespace, name));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform but is missing", e);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (hash[i] & 0xFF);
            low = (low << 8) | (hash[i + 8] & 0xFF);
        }
        high = (high & ~0xF000L) | 0x5000L;
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /**
     * The time embedded in a version 1, 6 or 7 UUID: to 100 ns for versions 1 and 6, to the millisecond for 7.
     *
     * @throws IllegalArgumentException if the UUID is not of the RFC 9562 variant or not of version 1, 6 or 7
     */
    public static Instant timestamp(UUID uuid) {
        if (uuid.variant() != 2) {
            throw new IllegalArgumentException(
                    "UUID " + uuid + " is not of the RFC 9562 variant and carries no timestamp");
        }
        switch (uuid.version()) {
            case 1:
                return UuidLayout.fromGregorian100ns(uuid.timestamp());
            case 6:
                return UuidLayout.fromGregorian100ns(UuidLayout.gregorian100nsOfV6(uuid));
            case 7:
                return Instant.ofEpochMilli(UuidLayout.unixMillis(uuid));
            default:
                throw new IllegalArgumentException("UUID " + uuid + " is of version " + uuid.version()
                        + ", which carries no timestamp; only versions 1, 6 and 7 do");
        }
    }

    /**
     * Compares two UUIDs as unsigned 128-bit numbers, which is their byte order and the order of PostgreSQL
     * {@code uuid}, MariaDB {@code BINARY(16)} and RFC 9562 §6.11. Usable as a comparator:
     * {@code list.sort(UUIDs::compareUnsigned)}.
     *
     * @return a negative number, zero or a positive number as {@code a} is less than, equal to or greater than
     *     {@code b}
     */
    public static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static byte[] namespaced(UUID namespace, String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[16 + text.length];
        long high = namespace.getMostSignificantBits();
        long low = namespace.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
        }
        System.arraycopy(text, 0, bytes, 16, text.length);
        return bytes;
    }
}
