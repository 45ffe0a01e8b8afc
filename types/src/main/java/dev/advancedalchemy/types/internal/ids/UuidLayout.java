package dev.advancedalchemy.types.internal.ids;

import java.time.Instant;
import java.util.UUID;

/** Pure bit layouts of RFC 9562 UUID versions 4, 6 and 7, and the timestamp conversions they need. */
public final class UuidLayout {
    /** 100-ns intervals between the Gregorian epoch (1582-10-15) and the Unix epoch. */
    public static final long GREGORIAN_UNIX_OFFSET_100NS = 122_192_928_000_000_000L;

    /** The largest value of the 48-bit {@code unix_ts_ms} field of a version 7 UUID. */
    public static final long MAX_UNIX_MILLIS = (1L << 48) - 1;

    /** The largest value of the 60-bit Gregorian timestamp of a version 1 or 6 UUID. */
    public static final long MAX_GREGORIAN_100NS = (1L << 60) - 1;

    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long NODE_MASK = 0xFFFF_FFFF_FFFFL;

    private UuidLayout() {}

    /** Version 4: 122 of the 128 given bits, with the version and variant fields overwritten. */
    public static UUID v4(long randomHigh, long randomLow) {
        return new UUID((randomHigh & ~0xF000L) | 0x4000L, (randomLow & VARIANT_MASK) | VARIANT_RFC);
    }

    /**
     * Version 6: the 60-bit Gregorian timestamp most-significant bits first, then a 14-bit clock sequence and a
     * 48-bit node.
     */
    public static UUID v6(long gregorian100ns, int clockSeq14, long node48) {
        long high = ((gregorian100ns >>> 12) << 16) | 0x6000L | (gregorian100ns & 0xFFFL);
        long low = VARIANT_RFC | ((long) (clockSeq14 & 0x3FFF) << 48) | (node48 & NODE_MASK);
        return new UUID(high, low);
    }

    /** Version 7: a 48-bit Unix millisecond timestamp, 12 bits {@code rand_a} and 62 bits {@code rand_b}. */
    public static UUID v7(long unixMillis, int randA12, long randB62) {
        long high = (unixMillis << 16) | 0x7000L | (randA12 & 0xFFFL);
        return new UUID(high, (randB62 & VARIANT_MASK) | VARIANT_RFC);
    }

    /** The 48-bit {@code unix_ts_ms} field of a version 7 UUID. */
    public static long unixMillis(UUID v7) {
        return v7.getMostSignificantBits() >>> 16;
    }

    /** The 60-bit Gregorian timestamp of a version 6 UUID. */
    public static long gregorian100nsOfV6(UUID v6) {
        long high = v6.getMostSignificantBits();
        return ((high >>> 16) << 12) | (high & 0xFFFL);
    }

    /**
     * 100-ns intervals since 1582-10-15T00:00Z.
     *
     * @throws IllegalArgumentException if the instant is outside the 60-bit range (before 1582 or after 5236)
     */
    public static long toGregorian100ns(Instant instant) {
        long min = -GREGORIAN_UNIX_OFFSET_100NS / 10_000_000L;
        long max = (MAX_GREGORIAN_100NS - GREGORIAN_UNIX_OFFSET_100NS) / 10_000_000L;
        if (instant.getEpochSecond() < min || instant.getEpochSecond() >= max) {
            throw new IllegalArgumentException("instant " + instant
                    + " is outside the range of a UUID version 6 timestamp (1582-10-15 to 5236-03-31)");
        }
        return instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100 + GREGORIAN_UNIX_OFFSET_100NS;
    }

    /** The instant of a Gregorian 100-ns timestamp. */
    public static Instant fromGregorian100ns(long gregorian100ns) {
        long unix100ns = gregorian100ns - GREGORIAN_UNIX_OFFSET_100NS;
        return Instant.ofEpochSecond(
                Math.floorDiv(unix100ns, 10_000_000L), Math.floorMod(unix100ns, 10_000_000L) * 100L);
    }

    /**
     * Milliseconds since the Unix epoch, checked against the 48-bit field.
     *
     * @throws IllegalArgumentException if the instant is before 1970 or after the year 10889
     */
    public static long toUnixMillis(Instant instant) {
        if (instant.isBefore(Instant.EPOCH) || instant.isAfter(Instant.ofEpochMilli(MAX_UNIX_MILLIS))) {
            throw new IllegalArgumentException("instant " + instant
                    + " is outside the range of a UUID version 7 timestamp (1970-01-01 to 10889-08-02)");
        }
        return instant.toEpochMilli();
    }
}
