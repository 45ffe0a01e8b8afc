package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UUIDsTest {

    @Test
    void oneMillionV7InATightLoopAreStrictlyIncreasingAsUnsigned128BitValues() {
        UUID previous = UUIDs.v7();
        long high = previous.getMostSignificantBits();
        long low = previous.getLeastSignificantBits();
        for (int i = 0; i < 1_000_000; i++) {
            UUID next = UUIDs.v7();
            long nextHigh = next.getMostSignificantBits();
            long nextLow = next.getLeastSignificantBits();
            int order = Long.compareUnsigned(high, nextHigh);
            if (order > 0 || (order == 0 && Long.compareUnsigned(low, nextLow) >= 0)) {
                throw new AssertionError("v7 #" + i + " " + next + " is not greater than " + previous);
            }
            previous = next;
            high = nextHigh;
            low = nextLow;
        }
    }

    @Test
    void v7FromManyThreadsAreAllDistinctAndIncreasingPerThread() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UUID>>> results = new ArrayList<>();
            Callable<List<UUID>> task = () -> {
                List<UUID> ids = new ArrayList<>(perThread);
                for (int i = 0; i < perThread; i++) {
                    ids.add(UUIDs.v7());
                }
                return ids;
            };
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(task));
            }
            Set<UUID> all = new HashSet<>();
            for (Future<List<UUID>> result : results) {
                List<UUID> ids = result.get();
                assertThat(ids).isSortedAccordingTo(UUIDs::compareUnsigned).doesNotHaveDuplicates();
                all.addAll(ids);
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void v7HasVersion7VariantRfcAndTheCurrentMillisecond() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUIDs.v7();
        Instant after = Instant.now();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        // Ahead of the clock only if a counter overflowed, which a fresh random seed makes practically impossible.
        assertThat(UUIDs.timestamp(id)).isBetween(before, after);
    }

    @Test
    void v7OfAnInstantKeepsItsMillisecond() {
        Instant instant = Instant.parse("2001-09-09T01:46:40.123456789Z");

        UUID id = UUIDs.v7(instant);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUIDs.timestamp(id)).isEqualTo(Instant.parse("2001-09-09T01:46:40.123Z"));
        assertThat(UUIDs.v7(instant)).isNotEqualTo(id);
    }

    @Test
    void v7RejectsInstantsOutsideTheFortyEightBitMillisecondRange() {
        assertThatThrownBy(() -> UUIDs.v7(Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1969-12-31T23:59:59Z")
                .hasMessageContaining("version 7");
        assertThatThrownBy(() -> UUIDs.v7(Instant.ofEpochMilli(1L << 48))).isInstanceOf(IllegalArgumentException.class);
        assertThat(UUIDs.timestamp(UUIDs.v7(Instant.ofEpochMilli((1L << 48) - 1))))
                .isEqualTo(Instant.ofEpochMilli((1L << 48) - 1));
        assertThat(UUIDs.timestamp(UUIDs.v7(Instant.EPOCH))).isEqualTo(Instant.EPOCH);
    }

    @Test
    void v6IsStrictlyIncreasingAndCarriesTheCurrentTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(UUIDs.v6());
        }

        assertThat(ids).isSortedAccordingTo(UUIDs::compareUnsigned).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(6);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getLeastSignificantBits() & 0x0100_0000_0000L)
                    .as("multicast bit")
                    .isNotZero();
        });
        assertThat(UUIDs.timestamp(ids.get(0))).isAfterOrEqualTo(before);
    }

    @Test
    void v6OfAnInstantKeepsIts100NanosecondTick() {
        Instant instant = Instant.parse("1600-01-01T00:00:00.123456789Z");

        UUID id = UUIDs.v6(instant);

        assertThat(id.version()).isEqualTo(6);
        assertThat(UUIDs.timestamp(id)).isEqualTo(Instant.parse("1600-01-01T00:00:00.1234567Z"));
    }

    @Test
    void v6RejectsInstantsBeforeTheGregorianEpoch() {
        assertThatThrownBy(() -> UUIDs.v6(Instant.parse("1582-10-14T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 6");
        assertThat(UUIDs.timestamp(UUIDs.v6(Instant.parse("1582-10-15T00:00:00Z"))))
                .isEqualTo(Instant.parse("1582-10-15T00:00:00Z"));
    }

    @Test
    void v4IsRandomWithVersion4AndVariantRfc() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = UUIDs.v4();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void timestampRejectsUuidsWithoutOne() {
        assertThatThrownBy(() -> UUIDs.timestamp(UUIDs.v4()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 4")
                .hasMessageContaining("only versions 1, 6 and 7");
        assertThatThrownBy(() -> UUIDs.timestamp(UUIDs.NIL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not of the RFC 9562 variant");
    }

    @Test
    void compareUnsignedSortsLikeBytes() {
        UUID a = UUID.fromString("00000000-0000-7000-8000-000000000000");
        UUID b = UUID.fromString("00000000-0000-7000-ffff-ffffffffffff");
        UUID c = UUID.fromString("ffffffff-0000-7000-8000-000000000000");
        List<UUID> ids = new ArrayList<>(List.of(c, b, a));

        ids.sort(UUIDs::compareUnsigned);

        assertThat(ids).containsExactly(a, b, c);
        assertThat(c.compareTo(a)).as("JDK signed order puts c first").isNegative();
    }
}
