package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {
    @Test
    void swapsTheDatabaseAndKeepsCredentialsOutOfTheUrl() {
        JdbcUrl url = JdbcUrl.parse("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=s3cret&useSsl=false");
        assertThat(url.user()).isEqualTo("root");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.withDatabase("t_x").url()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/t_x?useSsl=false");
        assertThat(url.withoutPassword()).doesNotContain("s3cret");
    }

    @Test
    void addsParametersToPostgresUrls() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        assertThat(url.withParameter("currentSchema", "t_a").url())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=t_a");
    }

    @Test
    void leavesOtherUrlsWhole() {
        assertThat(JdbcUrl.parse("jdbc:h2:mem:x;MODE=LEGACY").url()).isEqualTo("jdbc:h2:mem:x;MODE=LEGACY");
    }
}
