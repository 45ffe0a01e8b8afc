package dev.advancedalchemy.types.internal.ids;

import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * Generates UUIDs of versions 4, 6 and 7 from an injectable clock and random source, keeping versions 6 and 7
 * strictly increasing per generator.
 *
 * <p>Version 7 uses RFC 9562 §6.2 method 1 with the longest allowed counter: 42 bits ({@code rand_a} and the top
 * 30 bits of {@code rand_b}), seeded randomly at each new millisecond and incremented within it; the last 32 bits of
 * {@code rand_b} are fresh random bits. When the counter overflows, or the clock stands still or goes backwards,
 * the last timestamp is reused or advanced by one millisecond, never lowered. Version 6 keeps a 100-ns timestamp
 * that advances by at least one tick per id, as the Python {@code uuid6} package does.
 */
public final class UuidGenerator {
    /** Width of the version 7 counter. */
    public static final int COUNTER_BITS = 42;

    private static final long MAX_COUNTER = (1L << COUNTER_BITS) - 1;
    private static final long LOW_32 = 0xFFFF_FFFFL;

    private final InstantSource clock;
    private final RandomGenerator random;
    private final AtomicReference<V7State> v7State = new AtomicReference<>(new V7State(Long.MIN_VALUE, 0));
    private final AtomicLong lastV6Timestamp = new AtomicLong(Long.MIN_VALUE);

    /**
     * @param clock the wall clock; {@link InstantSource#system()} outside tests
     * @param random the randomness; a {@link java.security.SecureRandom} outside tests (must be thread-safe)
     */
    public UuidGenerator(InstantSource clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** A random (version 4) UUID. */
    public UUID v4() {
        return UuidLayout.v4(random.nextLong(), random.nextLong());
    }

    /** A version 7 UUID greater (unsigned) than every version 7 UUID this generator returned before. */
    public UUID v7() {
        long now = clock.millis();
        long tail = random.nextLong() & LOW_32;
        V7State previous;
        V7State next;
        do {
            previous = v7State.get();
            if (now > previous.millis()) {
                next = new V7State(now, seed());
            } else if (previous.counter() < MAX_COUNTER) {
                next = new V7State(previous.millis(), previous.counter() + 1);
            } else {
                // Counter exhausted within one millisecond: borrow the next millisecond rather than repeat or wrap.
                next = new V7State(previous.millis() + 1, seed());
            }
        } while (!v7State.compareAndSet(previous, next));
        if (next.millis() > UuidLayout.MAX_UNIX_MILLIS) {
            throw new IllegalStateException("the clock is beyond the year 10889, out of the UUID version 7 range");
        }
        long counter = next.counter();
        return UuidLayout.v7(next.millis(), (int) (counter >>> 30), ((counter & ((1L << 30) - 1)) << 32) | tail);
    }

    /** A version 7 UUID for the given Unix millisecond with random other bits; not ordered against others. */
    public UUID v7(long unixMillis) {
        return UuidLayout.v7(unixMillis, random.nextInt(), random.nextLong());
    }

    /** A version 6 UUID greater (unsigned) than every version 6 UUID this generator returned before. */
    public UUID v6() {
        long now = UuidLayout.toGregorian100ns(clock.instant());
        long timestamp = lastV6Timestamp.accumulateAndGet(now, (last, candidate) -> Math.max(candidate, last + 1));
        return v6(timestamp);
    }

    /** A version 6 UUID for the given Gregorian 100-ns timestamp, with random clock sequence and node. */
    public UUID v6(long gregorian100ns) {
        long bits = random.nextLong();
        // RFC 9562 §6.10: a random node must have the multicast bit set so it cannot clash with a real MAC.
        long node = (bits & 0xFFFF_FFFF_FFFFL) | 0x0100_0000_0000L;
        return UuidLayout.v6(gregorian100ns, (int) (bits >>> 48), node);
    }

    private long seed() {
        return random.nextLong() & MAX_COUNTER;
    }

    /** The last version 7 timestamp and counter handed out. */
    private record V7State(long millis, long counter) {}
}
