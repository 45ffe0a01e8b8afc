package dev.advancedalchemy.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough of {@code docs/example-app.md}, run call by call against the started application on a database of
 * its own (as the page assumes: an empty one), checking every status the page shows.
 */
@QuarkusTest
@TestProfile(WalkthroughTest.EmptyDatabase.class)
class WalkthroughTest {
    /** A fresh in-memory H2 database, not the one the other API tests share. */
    public static final class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:walkthrough;DB_CLOSE_DELAY=-1");
        }
    }

    @TestHTTPResource("/")
    URL application;

    @Test
    void everyCallOfTheDocumentedWalkthroughAnswersTheStatusThePageShows(@TempDir Path dir) throws Exception {
        Path page = Path.of("..", "docs", "example-app.md");
        assertThat(page).as("the walkthrough page, read from the repository").exists();
        List<String> blocks = Walkthrough.blocks(Files.readString(page));
        Walkthrough walkthrough = new Walkthrough(application.toString().replaceAll("/$", ""), dir);

        for (String block : blocks) {
            walkthrough.run(block);
        }

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(7);
        assertThat(walkthrough.ran())
                .hasSizeGreaterThan(25)
                .anyMatch(s -> s.startsWith("sha256sum"))
                .anyMatch(s -> s.startsWith("for BOOK in"));
    }
}
