package dev.advancedalchemy.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP calls and checks shared by the example's API tests. */
final class Api {
    static final String PROBLEM_JSON = "application/problem+json";

    private Api() {}

    /** A prefix unique to one test, so tests sharing the application's database find only their own rows. */
    static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse post(String path, Object body) {
        return given().contentType("application/json").body(body).post(path).then();
    }

    static ValidatableResponse patch(String path, Object body) {
        return given().contentType("application/json").body(body).patch(path).then();
    }

    /** Creates an author with books and returns its id. */
    static String createAuthor(String name, String dob, String... titles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("dob", dob);
        List<Map<String, String>> books = new ArrayList<>();
        for (String title : titles) {
            books.add(Map.of("title", title));
        }
        body.put("books", books);
        return post("/authors", body).statusCode(201).extract().path("id");
    }

    /** Creates a book of {@code authorId} through {@code POST /books} and returns its id. */
    static String createBook(String title, String authorId) {
        return post("/books", Map.of("title", title, "authorId", authorId))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Checks that the response is an RFC 9457 problem with the given status, message id and request path. */
    static ValidatableResponse assertProblem(
            ValidatableResponse response, int status, String messageId, String instance) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(status))
                .body("messageId", equalTo(messageId))
                .body("messageId", matchesPattern("ALCH-\\d{4}"))
                .body("instance", equalTo(instance));
    }
}
