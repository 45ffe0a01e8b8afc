package dev.advancedalchemy.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableNamesTest {
    // Expected values computed with Python: table_name_regexp.sub(r"_\1", name).lower()
    @ParameterizedTest
    @CsvSource({
        "HTTPRequestLog, http_request_log",
        "Author, author",
        "BookAuthor, book_author",
        "UserV2Token, user_v2_token",
        "ABC, abc",
        "AbcDEF, abc_def",
        "OAuth2Client, o_auth2_client",
        "already_snake, already_snake",
        "X, x",
        "Tag1Name, tag1_name"
    })
    void snakeCaseFollowsThePythonRule(String className, String table) {
        assertThat(TableNames.snakeCase(className)).isEqualTo(table);
    }

    static class HTTPRequestLog {}

    @Table(name = "LegacyLog")
    static class Renamed {}

    @Table(schema = "audit")
    static class OnlySchema {}

    @Test
    void ofUsesTheSimpleClassNameOrTheExplicitTableName() {
        assertThat(TableNames.of(HTTPRequestLog.class)).isEqualTo("http_request_log");
        assertThat(TableNames.of(Renamed.class)).isEqualTo("LegacyLog");
        assertThat(TableNames.of(OnlySchema.class)).isEqualTo("only_schema");
    }

    @Test
    void anEmptyNameIsRejected() {
        assertThatThrownBy(() -> TableNames.snakeCase("")).isInstanceOf(IllegalArgumentException.class);
    }
}
