package dev.advancedalchemy.types.internal.ids;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.types.UUIDs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidGeneratorTest {
    private static final Instant T0 = Instant.parse("2022-02-22T19:22:22Z");
    private static final long MAX_COUNTER = (1L << UuidGenerator.COUNTER_BITS) - 1;

    @Test
    void v7CounterOverflowWithinOneMillisecondMovesTheTimestampOneMillisecondAhead() {
        ManualClock clock = new ManualClock(T0);
        // Every random draw is all ones: the counter is seeded at its maximum, so the second id overflows it.
        UuidGenerator generator = new UuidGenerator(clock, ScriptedRandom.returning(-1L));

        UUID first = generator.v7();
        UUID second = generator.v7();
        UUID third = generator.v7();

        assertThat(UUIDs.timestamp(first)).isEqualTo(T0);
        assertThat(UUIDs.timestamp(second)).isEqualTo(T0.plusMillis(1));
        assertThat(UUIDs.timestamp(third)).isEqualTo(T0.plusMillis(2));
        assertStrictlyIncreasing(List.of(first, second, third));
        assertThat(List.of(first, second, third)).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
    }

    @Test
    void v7AfterOverflowStaysOnTheBorrowedMillisecondUntilTheClockPassesIt() {
        ManualClock clock = new ManualClock(T0);
        // Seed just below the maximum: ids 1-2 fit in T0, id 3 overflows into T0+1 with a small seed (5).
        ScriptedRandom random = ScriptedRandom.returning(0L, 0L, MAX_COUNTER - 1, 0L, 0L, 5L);
        UuidGenerator generator = new UuidGenerator(clock, random);

        List<UUID> ids = new ArrayList<>();
        ids.add(generator.v7());
        ids.add(generator.v7());
        ids.add(generator.v7());
        ids.add(generator.v7()); // clock still at T0: counts on in T0+1
        clock.set(T0.plusMillis(1)); // the clock reaches the borrowed millisecond: still counting, not reseeding
        ids.add(generator.v7());
        random.then(0L, 42L);
        clock.set(T0.plusMillis(2)); // a new millisecond: reseeded with 42
        ids.add(generator.v7());

        assertThat(ids)
                .extracting(UUIDs::timestamp)
                .containsExactly(T0, T0, T0.plusMillis(1), T0.plusMillis(1), T0.plusMillis(1), T0.plusMillis(2));
        assertThat(ids)
                .extracting(UuidGeneratorTest::counter)
                .containsExactly(MAX_COUNTER - 1, MAX_COUNTER, 5L, 6L, 7L, 42L);
        assertStrictlyIncreasing(ids);
    }

    @Test
    void v7NeverGoesBackwardsWhenTheClockDoes() {
        ManualClock clock = new ManualClock(T0);
        UuidGenerator generator = new UuidGenerator(clock, ScriptedRandom.returning(0L, 0L, 100L));

        UUID before = generator.v7();
        clock.set(T0.minusSeconds(3600));
        UUID after = generator.v7();

        assertThat(UUIDs.timestamp(after)).isEqualTo(T0);
        assertThat(counter(after)).isEqualTo(101L);
        assertThat(UUIDs.compareUnsigned(after, before)).isPositive();
    }

    @Test
    void v7KeepsManyIdsOfOneMillisecondInOrderWithRandomLowBits() {
        ManualClock clock = new ManualClock(T0);
        // The low 32 bits of rand_b are random: scripted here to fall while the counter rises.
        ScriptedRandom random = ScriptedRandom.returning(0L, 0xFFFF_FFFFL, 7L, 0xFFFF_0000L, 0x1L);
        UuidGenerator generator = new UuidGenerator(clock, random);

        List<UUID> ids = List.of(generator.v7(), generator.v7(), generator.v7());

        assertThat(ids).extracting(UuidGeneratorTest::counter).containsExactly(7L, 8L, 9L);
        assertThat(ids)
                .extracting(id -> id.getLeastSignificantBits() & 0xFFFF_FFFFL)
                .containsExactly(0xFFFF_FFFFL, 0xFFFF_0000L, 0x1L);
        assertStrictlyIncreasing(ids);
    }

    @Test
    void v6StaysStrictlyIncreasingWhenTheClockStandsStillOrGoesBackwards() {
        ManualClock clock = new ManualClock(T0);
        // Random clock sequence and node fall from all ones to zero: order must come from the timestamp alone.
        UuidGenerator generator = new UuidGenerator(clock, ScriptedRandom.returning(0L, -1L));

        UUID first = generator.v6();
        UUID sameTick = generator.v6();
        clock.set(T0.minusSeconds(60));
        UUID backwards = generator.v6();

        assertThat(List.of(first, sameTick, backwards))
                .extracting(UUIDs::timestamp)
                .containsExactly(T0, T0.plusNanos(100), T0.plusNanos(200));
        assertStrictlyIncreasing(List.of(first, sameTick, backwards));
    }

    @Test
    void v6NodeAlwaysHasTheMulticastBitSet() {
        UuidGenerator generator = new UuidGenerator(new ManualClock(T0), ScriptedRandom.returning(0L));

        UUID id = generator.v6();

        assertThat(id.getLeastSignificantBits() & 0x0100_0000_0000L)
                .as("multicast bit")
                .isNotZero();
        assertThat(id.version()).isEqualTo(6);
        assertThat(id.variant()).isEqualTo(2);
    }

    /** The 42-bit counter: rand_a, then the top 30 bits of rand_b. */
    private static long counter(UUID v7) {
        long randA = v7.getMostSignificantBits() & 0xFFFL;
        long randBTop = (v7.getLeastSignificantBits() >>> 32) & ((1L << 30) - 1);
        return (randA << 30) | randBTop;
    }

    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(UUIDs.compareUnsigned(ids.get(i - 1), ids.get(i)))
                    .as("id %d (%s) < id %d (%s)", i - 1, ids.get(i - 1), i, ids.get(i))
                    .isNegative();
        }
    }
}
