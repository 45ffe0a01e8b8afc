package dev.advancedalchemy.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void namedParametersBecomePositionalAndRepeatsShareAPosition() {
        NamedParameters p = NamedParameters.parse("SELECT * FROM t WHERE a = :a AND b > :b OR a2 = :a");

        assertThat(p.sql()).isEqualTo("SELECT * FROM t WHERE a = ?1 AND b > ?2 OR a2 = ?1");
        assertThat(p.names()).containsExactly("a", "b");
    }

    @Test
    void quotedTextCommentsAndCastsAreLeftAlone() {
        NamedParameters p = NamedParameters.parse(
                "SELECT ':x', \"col:y\", v::text, 'it''s :z' -- :c\n FROM t /* :d */ WHERE id = :id");

        assertThat(p.sql())
                .isEqualTo("SELECT ':x', \"col:y\", v::text, 'it''s :z' -- :c\n FROM t /* :d */ WHERE id = ?1");
        assertThat(p.names()).containsExactly("id");
    }
}
