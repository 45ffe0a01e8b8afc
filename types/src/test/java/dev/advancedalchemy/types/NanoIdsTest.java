package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.testing.Vectors;
import dev.advancedalchemy.types.internal.ids.NanoIdGenerator;
import dev.advancedalchemy.types.internal.ids.ScriptedRandom;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NanoIdsTest {
    private static JsonNode reference;

    @BeforeAll
    static void load() throws IOException {
        reference = new ObjectMapper()
                .readTree(Vectors.path("nanoid/nanoid-reference.json").toFile());
    }

    @Test
    void defaultAlphabetAndSizeAreThoseOfPyNanoid() {
        assertThat(NanoIds.DEFAULT_ALPHABET)
                .isEqualTo(reference.get("alphabets").get("py_nanoid").asText())
                .hasSize(64);
        assertThat(NanoIds.DEFAULT_SIZE).isEqualTo(reference.get("default_size").asInt());
    }

    static Stream<JsonNode> pyNanoidVectors() throws IOException {
        load();
        return StreamSupport.stream(
                reference.get("deterministic_vectors_py_nanoid_algorithm").spliterator(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pyNanoidVectors")
    void reproducesPyNanoidForTheSameByteStream(JsonNode vector) {
        assertThat(vector.get("byte_source").asText()).contains("(j*37+11) & 0xFF");
        NanoIdGenerator generator = new NanoIdGenerator(ScriptedRandom.byteStream(j -> (j * 37 + 11) & 0xFF));

        String id = generator.generate(
                vector.get("alphabet").asText().codePoints().toArray(),
                vector.get("size").asInt());

        assertThat(id).isEqualTo(vector.get("expected").asText());
    }

    @Test
    void oneHundredThousandIdsAreDistinctUseEveryCharacterAndAreFlat() {
        int count = 100_000;
        Set<String> ids = new HashSet<>(count * 2);
        Map<Character, Integer> frequency = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = NanoIds.generate();
            assertThat(id).hasSize(21);
            ids.add(id);
            for (char c : id.toCharArray()) {
                frequency.merge(c, 1, Integer::sum);
            }
        }

        assertThat(ids).hasSize(count);
        assertThat(frequency.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        NanoIds.DEFAULT_ALPHABET.chars().mapToObj(c -> (char) c).toList());
        // ai/nanoid's "has flat distribution": normalised per-symbol frequency spans at most 0.05. The expected span
        // of 64 symbols over 2.1 million draws is about 0.03; a modulo-biased generator would fail.
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int n : frequency.values()) {
            double normalised = n * 64.0 / (count * 21.0);
            min = Math.min(min, normalised);
            max = Math.max(max, normalised);
        }
        assertThat(max - min).isLessThanOrEqualTo(0.05);
    }

    @Test
    void generateWithSizeUsesTheDefaultAlphabet() {
        String id = NanoIds.generate(64);

        assertThat(id).hasSize(64);
        assertThat(id.chars()).allMatch(c -> NanoIds.DEFAULT_ALPHABET.indexOf(c) >= 0);
    }

    @Test
    void customAlphabetIsUsedUniformlyIncludingItsLastSymbol() {
        // 10 symbols: the mask is 15, so bytes masked to 10-15 are rejected rather than folded onto 0-5.
        Map<Character, Integer> frequency = new HashMap<>();
        for (char c : NanoIds.generate("0123456789", 100_000).toCharArray()) {
            frequency.merge(c, 1, Integer::sum);
        }

        assertThat(frequency).hasSize(10);
        assertThat(frequency.values()).allSatisfy(n -> assertThat(n).isBetween(9_400, 10_600));
    }

    @Test
    void alphabetSymbolsOutsideTheBasicPlaneCountAsOneSymbol() {
        String id = NanoIds.generate("\uD83C\uDF4E\uD83C\uDF4A", 8); // two fruit emoji

        assertThat(id.codePointCount(0, id.length())).isEqualTo(8);
        assertThat(id.codePoints()).allMatch(cp -> cp == 0x1F34E || cp == 0x1F34A);
    }

    @Test
    void rejectsBadAlphabetsAndSizes() {
        assertThatThrownBy(() -> NanoIds.generate("a", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 to 256 symbols, got 1");
        assertThatThrownBy(() -> NanoIds.generate("", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NanoIds.generate(alphabetOf(257), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 257");
        assertThatThrownBy(() -> NanoIds.generate("abca", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeats the symbol 'a'");
        assertThatThrownBy(() -> NanoIds.generate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, got 0");
        assertThatThrownBy(() -> NanoIds.generate("ab", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NanoIds.generate(alphabetOf(256), 5).codePoints()).allMatch(cp -> cp >= 0x100 && cp < 0x200);
    }

    private static String alphabetOf(int symbols) {
        StringBuilder alphabet = new StringBuilder();
        for (int i = 0; i < symbols; i++) {
            alphabet.appendCodePoint(0x100 + i);
        }
        return alphabet.toString();
    }
}
