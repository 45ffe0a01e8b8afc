package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.testing.Vectors;
import dev.advancedalchemy.types.internal.ids.ManualClock;
import dev.advancedalchemy.types.internal.ids.ScriptedRandom;
import dev.advancedalchemy.types.internal.ids.UuidGenerator;
import dev.advancedalchemy.types.internal.ids.UuidLayout;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of {@code vectors/uuid/rfc9562-test-vectors.json} (test-support) (RFC 9562 Appendix A). */
class UuidVectorsTest {
    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static JsonNode root;

    @BeforeAll
    static void load() throws IOException {
        root = new ObjectMapper()
                .readTree(Vectors.path("uuid/rfc9562-test-vectors.json").toFile());
    }

    static Stream<JsonNode> vectors() throws IOException {
        load();
        return StreamSupport.stream(root.get("vectors").spliterator(), false);
    }

    @ParameterizedTest(name = "v{0}")
    @MethodSource("vectors")
    void textAndBytesAgreeAndCarryTheVersionAndVariant(JsonNode vector) {
        UUID uuid = UUID.fromString(vector.get("uuid").asText());

        assertThat(uuid.version()).isEqualTo(vector.get("version").asInt());
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid).isEqualTo(fromHex(vector.get("bytes_hex").asText()));
    }

    @Test
    void v1CarriesTheCommonInstant() {
        assertThat(UUIDs.timestamp(vector(1))).isEqualTo(commonInstant());
    }

    @Test
    void v3IsTheMd5NameBasedUuid() {
        assertThat(UUIDs.v3(DNS, node(3).get("name").asText())).isEqualTo(vector(3));
    }

    @Test
    void v4IsTheRandomBitsWithVersionAndVariantSet() {
        UUID random = fromHex(node(4).get("random_hex").asText());

        assertThat(UuidLayout.v4(random.getMostSignificantBits(), random.getLeastSignificantBits()))
                .isEqualTo(vector(4));
    }

    @Test
    void v5IsTheSha1NameBasedUuid() {
        assertThat(UUIDs.v5(DNS, node(5).get("name").asText())).isEqualTo(vector(5));
    }

    @Test
    void v6IsGeneratedFromTheCommonInstantClockSequenceAndNode() {
        JsonNode common = root.get("common");
        long clockSeq = hexLong(common.get("clock_seq_hex").asText());
        // The vector's node before the multicast bit was set: the generator must set it.
        long randomNode = 0x9E6B_DECE_D846L;
        UuidGenerator generator = new UuidGenerator(
                new ManualClock(commonInstant()), ScriptedRandom.returning(0L, (clockSeq << 48) | randomNode));

        UUID generated = generator.v6();

        assertThat(generated).isEqualTo(vector(6));
        assertThat(generated.getLeastSignificantBits() & 0xFFFF_FFFF_FFFFL)
                .isEqualTo(hexLong(common.get("node_hex").asText()));
        assertThat(UuidLayout.gregorian100nsOfV6(generated))
                .isEqualTo(common.get("gregorian_100ns_timestamp").asLong());
        assertThat(UUIDs.timestamp(generated)).isEqualTo(commonInstant());
    }

    @Test
    void v6IsTheV1TimestampReordered() {
        UUID v1 = UUID.fromString(node(6).get("same_instant_as_v1").asText());

        assertThat(UuidLayout.v6(v1.timestamp(), v1.clockSequence(), v1.node())).isEqualTo(vector(6));
    }

    @Test
    void v7IsGeneratedFromTheCommonMillisecondAndRandomBits() {
        JsonNode v7 = node(7);
        long randA = hexLong(v7.get("fields").get("rand_a").asText());
        long randB = 0x18C4_DC0C_0C07_398FL; // the 62-bit rand_b value of the vector's fields
        long counter = (randA << 30) | (randB >>> 32);
        long tail = randB & 0xFFFF_FFFFL;
        UuidGenerator generator = new UuidGenerator(
                new ManualClock(Instant.ofEpochMilli(v7.get("unix_ts_ms").asLong())),
                ScriptedRandom.returning(0L, tail, counter));

        UUID generated = generator.v7();

        assertThat(generated).isEqualTo(vector(7));
        assertThat(UUIDs.timestamp(generated)).isEqualTo(commonInstant());
        assertThat(UuidLayout.unixMillis(generated))
                .isEqualTo(root.get("common").get("unix_ms").asLong())
                .isEqualTo(hexLong(v7.get("fields").get("unix_ts_ms").asText()));
    }

    @Test
    void nilAndMax() {
        JsonNode special = root.get("special");

        assertThat(UUIDs.NIL).hasToString(special.get("nil").asText());
        assertThat(UUIDs.MAX).hasToString(special.get("max").asText());
        assertThat(UUIDs.compareUnsigned(UUIDs.NIL, UUIDs.MAX)).isNegative();
        assertThat(UUIDs.compareUnsigned(UUIDs.MAX, vector(7))).isPositive();
        assertThat(UUIDs.compareUnsigned(UUIDs.NIL, vector(1))).isNegative();
    }

    @Test
    void orderingTrapSignedHalves() {
        JsonNode trap = root.get("ordering_traps").get(0);
        UUID lower = UUID.fromString(trap.get("lower_bytewise").asText());
        UUID higher = UUID.fromString(trap.get("higher_bytewise").asText());

        assertThat(lower.compareTo(higher))
                .as("the JDK's signed order, which the vector calls wrong")
                .isPositive();
        assertThat(UUIDs.compareUnsigned(lower, higher)).isNegative();
        assertThat(UUIDs.compareUnsigned(higher, lower)).isPositive();
        assertThat(UUIDs.compareUnsigned(lower, UUID.fromString(lower.toString())))
                .isZero();
        assertThat(Integer.signum(UUIDs.compareUnsigned(lower, higher)))
                .isEqualTo(unsigned(lower).compareTo(unsigned(higher)));
    }

    @Test
    void orderingTrapCounterInRandA() {
        JsonNode trap = root.get("ordering_traps").get(1);
        UUID a = UUID.fromString(trap.get("a").asText());
        UUID b = UUID.fromString(trap.get("b").asText());

        assertThat(UUIDs.compareUnsigned(a, b)).isNegative();
        assertThat(UuidLayout.unixMillis(a)).isEqualTo(UuidLayout.unixMillis(b));
    }

    private static Instant commonInstant() {
        JsonNode common = root.get("common");
        Instant instant = Instant.ofEpochMilli(common.get("unix_ms").asLong());
        assertThat(instant).isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
        return instant;
    }

    private static JsonNode node(int version) {
        for (JsonNode vector : root.get("vectors")) {
            if (vector.get("version").asInt() == version) {
                return vector;
            }
        }
        throw new AssertionError("no vector of version " + version);
    }

    private static UUID vector(int version) {
        return UUID.fromString(node(version).get("uuid").asText());
    }

    private static UUID fromHex(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xFF);
            low = (low << 8) | (bytes[i + 8] & 0xFF);
        }
        return new UUID(high, low);
    }

    private static long hexLong(String hex) {
        return Long.parseUnsignedLong(hex.substring(2), 16);
    }

    private static BigInteger unsigned(UUID uuid) {
        return new BigInteger(1, HexFormat.of().parseHex(uuid.toString().replace("-", "")));
    }
}
