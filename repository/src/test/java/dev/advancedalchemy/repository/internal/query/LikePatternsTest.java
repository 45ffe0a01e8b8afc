package dev.advancedalchemy.repository.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.testing.Vectors;
import dev.advancedalchemy.types.spi.Database;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class LikePatternsTest {
    @Test
    void containsPatternsMatchTheVectors() throws Exception {
        JsonNode cases = new ObjectMapper()
                .readTree(Files.readString(Vectors.path("security/like-escaping-cases.json")))
                .get("cases");
        assertThat(cases).isNotEmpty();
        for (JsonNode c : cases) {
            String input = c.get("user_input").asText();
            assertThat(LikePatterns.contains(input, Database.POSTGRESQL))
                    .as(input)
                    .isEqualTo(c.get("contains_pattern_escape_bang").asText());
            assertThat(LikePatterns.contains(input, Database.SQLSERVER))
                    .as(input)
                    .isEqualTo(c.get("contains_pattern_sqlserver").asText());
        }
    }

    @Test
    void prefixAndSuffixPatternsEscapeToo() {
        assertThat(LikePatterns.startsWith("5%_!", Database.H2)).isEqualTo("5!%!_!!%");
        assertThat(LikePatterns.endsWith("a_b", Database.MARIADB)).isEqualTo("%a!_b");
    }
}
