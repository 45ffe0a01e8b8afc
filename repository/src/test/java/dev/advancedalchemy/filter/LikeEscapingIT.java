package dev.advancedalchemy.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.filter.model.Phrase;
import dev.advancedalchemy.repository.internal.query.ReadEngine;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.Vectors;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code vectors/security/like-escaping-cases.json}: user text in a search matches only itself, on every database. */
class LikeEscapingIT {
    private static List<String> texts(TestDatabase db, Filter... filters) {
        ReadEngine<Phrase> engine = FilterFixture.engine(db, Phrase.class);
        return FilterFixture.inEm(db, em -> engine.list(em, Arrays.asList(filters), List.of(), false)).stream()
                .map(Phrase::getText)
                .sorted()
                .toList();
    }

    @DatabaseTest
    void everyVectorCaseMatchesExactlyTheExpectedRows(TestDatabase db) throws Exception {
        JsonNode vectors =
                new ObjectMapper().readTree(Files.readString(Vectors.path("security/like-escaping-cases.json")));
        assertThat(vectors.get("cases")).isNotEmpty();
        for (JsonNode c : vectors.get("cases")) {
            String input = c.get("user_input").asText();
            List<String> expected = new ArrayList<>();
            c.get("expected_matches_case_sensitive_collation").forEach(n -> expected.add(n.asText()));
            assertThat(texts(db, new SearchFilter("text", input)))
                    .as("contains %s on %s", input, db.db())
                    .containsExactlyElementsOf(expected.stream().sorted().toList());
        }
    }

    @DatabaseTest
    void everyRowMatchesOnlyItselfAsPrefixAndSuffix(TestDatabase db) {
        for (String row : FilterFixture.likeRows()) {
            assertThat(texts(db, Filters.startsWith("text", row), Filters.endsWith("text", row)))
                    .as("startswith+endswith %s on %s", row, db.db())
                    .containsExactly(row);
            assertThat(texts(db, Filters.eq("text", row))).isNotEmpty();
        }
        assertThat(texts(db, Filters.endsWith("text", "%b"))).containsExactly("a%b");
        assertThat(texts(db, ComparisonFilter.of("text", "istartswith", "a_"))).containsExactly("a_b");
        assertThat(texts(db, new NotInSearchFilter("text", "%")))
                .doesNotContain("a%b")
                .hasSize(8);
    }

    @DatabaseTest
    void caseSensitiveSearchIsCaseSensitiveOnEveryDatabase(TestDatabase db) {
        assertThat(texts(db, new SearchFilter("text", "ab"))).containsExactly("ab");
        assertThat(texts(db, new SearchFilter("text", "AB"))).containsExactly("AB");
        assertThat(texts(db, new SearchFilter("text", "ab", true))).containsExactly("AB", "ab");
        assertThat(texts(db, ComparisonFilter.of("text", "like", "A%"))).containsExactly("AB");
        assertThat(texts(db, ComparisonFilter.of("text", "ilike", "A_"))).containsExactly("AB", "ab");
        // in a caller-written pattern '!' escapes the next character
        assertThat(texts(db, ComparisonFilter.of("text", "like", "a!%b"))).containsExactly("a%b");
    }
}
