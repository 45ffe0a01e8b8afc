package dev.advancedalchemy.examples.quickstart.payara;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.testing.payara.PayaraMicroServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quickstart WAR on a real Payara Micro 6 (EclipseLink, JTA, the server's default H2 data source), over HTTP on
 * loopback: users created with {@code POST /users} are stored and listed by {@code GET /users}.
 */
class QuickstartOnPayaraIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PayaraMicroServer payara;

    @BeforeAll
    static void deploy() throws Exception {
        Path war = Path.of(System.getProperty("quickstart.war", "target/quickstart.war"))
                .toAbsolutePath();
        payara = PayaraMicroServer.start(war, "quickstart", "/users", Map.of());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (payara != null) {
            payara.close();
        }
    }

    @Test
    void createsUsersAndListsThemByEmail() throws Exception {
        for (String name : List.of("Peter", "Cody")) {
            HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/users"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("email", name.toLowerCase() + "@litestar.dev", "name", name)))));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            JsonNode user = JSON.readTree(created.body());
            assertThat(user.path("id").asText()).matches(UUID);
            assertThat(user.path("name").asText()).isEqualTo(name);
        }

        HttpResponse<String> listed = send(HttpRequest.newBuilder(uri("/users")).GET());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        JSON.readTree(listed.body()).forEach(u -> {
            emails.add(u.path("email").asText());
            ids.add(u.path("id").asText());
        });
        assertThat(emails).containsExactly("cody@litestar.dev", "peter@litestar.dev");
        assertThat(ids).allSatisfy(id -> assertThat(id).matches(UUID));
    }

    private static URI uri(String path) {
        return URI.create(payara.base() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
