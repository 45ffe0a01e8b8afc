package dev.advancedalchemy.examples.quarkus;

import static dev.advancedalchemy.examples.quarkus.Api.assertProblem;
import static dev.advancedalchemy.examples.quarkus.Api.createAuthor;
import static dev.advancedalchemy.examples.quarkus.Api.createBook;
import static dev.advancedalchemy.examples.quarkus.Api.patch;
import static dev.advancedalchemy.examples.quarkus.Api.post;
import static dev.advancedalchemy.examples.quarkus.Api.uniqueTag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /books} over HTTP on the running Quarkus application (H2 unless a test profile says otherwise). */
@QuarkusTest
class BooksApiTest {
    @Test
    void createsABookForAnAuthorWithAuditTimesAndTheAuthorListsIt() {
        String author = createAuthor(uniqueTag() + " Iain Banks", "1954-02-16");

        ExtractableResponse<Response> created = post("/books", Map.of("title", "Excession", "authorId", author))
                .statusCode(201)
                .body("title", equalTo("Excession"))
                .body("authorId", equalTo(author))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/books/" + id);
        assertThat(Instant.parse(created.path("createdAt"))).isEqualTo(Instant.parse(created.path("updatedAt")));

        given().get("/books/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Excession"))
                .body("createdAt", equalTo(created.path("createdAt")));
        given().get("/authors/" + author).then().body("books.title", contains("Excession"));
    }

    @Test
    void listsBooksSearchedAndSortedByTitle() {
        String tag = uniqueTag();
        String author = createAuthor(tag + " Author", "1900-01-01");
        for (String title : new String[] {"Beta", "Gamma", "Alpha"}) {
            createBook(tag + " " + title, author);
        }

        given().queryParam("searchString", tag)
                .queryParam("orderBy", "title")
                .queryParam("sortOrder", "asc")
                .get("/books")
                .then()
                .statusCode(200)
                .body("items.title", contains(tag + " Alpha", tag + " Beta", tag + " Gamma"))
                .body("total", equalTo(3))
                .body("limit", equalTo(20));
        assertProblem(given().queryParam("orderBy", "author").get("/books").then(), 400, "ALCH-1600", "/books")
                .body("detail", equalTo("Query parameter 'orderBy' must be one of [title, createdAt, updatedAt]"));
        assertProblem(
                        given().queryParam("createdAfter", "yesterday")
                                .get("/books")
                                .then(),
                        400,
                        "ALCH-1600",
                        "/books")
                .body("detail", containsString("'createdAfter'"));
    }

    @Test
    void patchChangesTheTitleAndMovesUpdatedAtOnlyOnARealChange() {
        String author = createAuthor(uniqueTag() + " Author", "1900-01-01");
        ExtractableResponse<Response> created = post("/books", Map.of("title", "Draft", "authorId", author))
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String createdAt = created.path("createdAt");

        patch("/books/" + id, Map.of())
                .statusCode(200)
                .body("title", equalTo("Draft"))
                .body("updatedAt", equalTo(createdAt));
        ExtractableResponse<Response> renamed = patch("/books/" + id, Map.of("title", "Final"))
                .statusCode(200)
                .body("title", equalTo("Final"))
                .body("authorId", equalTo(author))
                .body("createdAt", equalTo(createdAt))
                .extract();
        assertThat(Instant.parse(renamed.path("updatedAt"))).isAfter(Instant.parse(createdAt));
    }

    @Test
    void aBookForAnUnknownAuthorIsA404ProblemAndNothingIsWritten() {
        String title = uniqueTag() + " Orphan";
        String missing = UUID.randomUUID().toString();

        assertProblem(post("/books", Map.of("title", title, "authorId", missing)), 404, "ALCH-1100", "/books")
                .body("detail", containsString(missing));

        given().queryParam("searchString", title).get("/books").then().body("total", equalTo(0));
    }

    @Test
    void aMissingOrMalformedAuthorIdIsA400ProblemNamingIt() {
        assertProblem(post("/books", Map.of("title", "No author")), 400, "ALCH-1400", "/books")
                .body("detail", equalTo("Input field 'authorId' of BookCreate is required"));
        assertProblem(post("/books", Map.of("title", "Bad author", "authorId", "42")), 400, "ALCH-1400", "/books")
                .body("detail", containsString("'authorId'"));
    }

    @Test
    void deletingTheBooksLetsTheAuthorBeDeleted() {
        String author = createAuthor(uniqueTag() + " Author", "1900-01-01", "Only");
        String book = given().get("/authors/" + author).then().extract().path("books[0].id");

        given().delete("/books/" + book).then().statusCode(204);
        given().get("/books/" + book).then().statusCode(404);
        given().delete("/authors/" + author).then().statusCode(204);
        given().get("/authors/" + author).then().statusCode(404);
    }
}
