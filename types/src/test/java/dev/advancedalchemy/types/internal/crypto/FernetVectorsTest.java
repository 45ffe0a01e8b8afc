package dev.advancedalchemy.types.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared Fernet spec vectors (github.com/fernet/spec): generate exactly, verify, reject every invalid token. */
class FernetVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode load(String name) throws Exception {
        return JSON.readTree(Vectors.path(name).toFile());
    }

    private static FernetCodec codec(JsonNode v) {
        return new FernetCodec(FernetCodec.parseKey(v.get("secret").asText()).orElseThrow());
    }

    private static Instant now(JsonNode v) {
        return OffsetDateTime.parse(v.get("now").asText()).toInstant();
    }

    @TestFactory
    List<DynamicTest> generatesExactlyTheSpecToken() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : load("fernet-generate.json")) {
            tests.add(DynamicTest.dynamicTest(v.get("src").asText(), () -> {
                byte[] iv = new byte[16];
                for (int i = 0; i < 16; i++) {
                    iv[i] = (byte) v.get("iv").get(i).asInt();
                }
                String token = codec(v).encrypt(
                                v.get("src").asText().getBytes(StandardCharsets.UTF_8), now(v).getEpochSecond(), iv);
                assertThat(token).isEqualTo(v.get("token").asText());
            }));
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @TestFactory
    List<DynamicTest> verifiesTheSpecTokenWithinItsTtl() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : load("fernet-verify.json")) {
            tests.add(DynamicTest.dynamicTest(v.get("src").asText(), () -> {
                byte[] plain = codec(v).decrypt(
                                v.get("token").asText(),
                                Duration.ofSeconds(v.get("ttl_sec").asLong()),
                                now(v));
                assertThat(new String(plain, StandardCharsets.UTF_8))
                        .isEqualTo(v.get("src").asText());
            }));
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @TestFactory
    List<DynamicTest> rejectsEveryInvalidSpecToken() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : load("fernet-invalid.json")) {
            tests.add(DynamicTest.dynamicTest(
                    v.get("desc").asText(),
                    () -> assertThatThrownBy(() -> codec(v).decrypt(
                                            v.get("token").asText(),
                                            Duration.ofSeconds(v.get("ttl_sec").asLong()),
                                            now(v)))
                            .isInstanceOf(FernetCodec.InvalidTokenException.class)));
        }
        assertThat(tests).hasSize(8);
        return tests;
    }

    @TestFactory
    List<DynamicTest> withoutTtlOnlyTimeFailuresAreAccepted() throws Exception {
        // Python Advanced Alchemy decrypts without a TTL: the expired and far-future tokens are then valid,
        // every other invalid token still fails.
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : load("fernet-invalid.json")) {
            String desc = v.get("desc").asText();
            boolean timeOnly = desc.contains("TTL") || desc.contains("far-future");
            tests.add(DynamicTest.dynamicTest(desc, () -> {
                if (timeOnly) {
                    assertThatCode(() -> codec(v).decrypt(v.get("token").asText(), null, now(v)))
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> codec(v).decrypt(v.get("token").asText(), null, now(v)))
                            .isInstanceOf(FernetCodec.InvalidTokenException.class);
                }
            }));
        }
        return tests;
    }

    @org.junit.jupiter.api.Test
    void tokenLengthFormulaMatchesRealTokens() {
        FernetCodec codec = new FernetCodec(new byte[32]);
        for (int n = 0; n <= 100; n++) {
            String token = codec.encrypt(new byte[n], 0, new byte[16]);
            assertThat(token).hasSize(FernetCodec.tokenLength(n));
            assertThat(FernetCodec.maxPlaintextBytes(token.length())).isGreaterThanOrEqualTo(n);
            assertThat(FernetCodec.tokenLength(FernetCodec.maxPlaintextBytes(token.length())))
                    .isLessThanOrEqualTo(token.length());
        }
    }
}
