package dev.advancedalchemy.examples.payara;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** JSON over HTTP against the deployed example, with the checks the IT repeats. */
final class Http {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /** An answer: status, headers and the body parsed as JSON (a missing node for an empty body). */
    record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    /** A prefix unique to one test, so tests sharing the application's database find only their own rows. */
    static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    Answer get(String path, Map<String, ?> query) throws IOException, InterruptedException {
        String q = query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue())))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri(q.isEmpty() ? path : path + "?" + q)).GET());
    }

    Answer get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer patch(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** {@code PUT} of raw bytes with {@code contentType}; the answer is read as JSON. */
    Answer put(String pathAndQuery, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** {@code GET} of a binary resource: the raw answer with its bytes. */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** Creates an author with books through {@code POST /authors} and returns its id. */
    String createAuthor(String name, String dob, String... titles) throws IOException, InterruptedException {
        List<Map<String, String>> books = new ArrayList<>();
        for (String title : titles) {
            books.add(Map.of("title", title));
        }
        Answer created = post("/authors", Map.of("name", name, "dob", dob, "books", books));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Creates a book through {@code POST /books} and returns its id. */
    String createBook(String title, String authorId) throws IOException, InterruptedException {
        Answer created = post("/books", Map.of("title", title, "authorId", authorId));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /**
     * Checks an RFC 9457 problem: status, content type, message id and the request path (under the context root
     * {@code /example}); returns its detail.
     */
    static String assertProblem(Answer answer, int status, String messageId, String instance) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("messageId").asText()).isEqualTo(messageId);
        assertThat(problem.path("instance").asText()).isEqualTo("/example" + instance);
        return problem.path("detail").asText();
    }

    /** The text values of {@code field} in each element of the array {@code node}. */
    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response, json);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
