package dev.advancedalchemy.examples.payara;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deploys the example WAR to a real Payara Micro 6 and talks to it over HTTP on loopback. */
class AuthorsOnPayaraIT {
    private static PayaraMicroServer payara;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void deploy() throws Exception {
        Path war = Path.of(System.getProperty("example.war", "target/examples-payara.war"));
        payara = PayaraMicroServer.start(war, "example", "/api/authors");
    }

    @AfterAll
    static void stop() throws Exception {
        if (payara != null) {
            payara.close();
        }
    }

    @Test
    void createdAuthorIsListed() throws Exception {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(payara.base() + "/api/authors"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Ursula K. Le Guin\",\"dob\":\"1929-10-21\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        HttpResponse<String> list = http.send(
                HttpRequest.newBuilder(URI.create(payara.base() + "/api/authors"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"Ursula K. Le Guin\"").contains("1929-10-21");
    }
}
