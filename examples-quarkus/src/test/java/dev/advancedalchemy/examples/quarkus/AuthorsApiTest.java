package dev.advancedalchemy.examples.quarkus;

import static dev.advancedalchemy.examples.quarkus.Api.assertProblem;
import static dev.advancedalchemy.examples.quarkus.Api.createAuthor;
import static dev.advancedalchemy.examples.quarkus.Api.patch;
import static dev.advancedalchemy.examples.quarkus.Api.post;
import static dev.advancedalchemy.examples.quarkus.Api.uniqueTag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /authors} over HTTP on the running Quarkus application (H2 unless a test profile says otherwise). */
@QuarkusTest
class AuthorsApiTest {
    @Test
    void createsAnAuthorWithBooksAndReadsItBackWithItsBooks() {
        String name = uniqueTag() + " Ursula K. Le Guin";
        ExtractableResponse<Response> created = post(
                        "/authors",
                        Map.of(
                                "name",
                                name,
                                "dob",
                                "1929-10-21",
                                "books",
                                List.of(Map.of("title", "The Lathe of Heaven"), Map.of("title", "Earthsea"))))
                .statusCode(201)
                .contentType("application/json")
                .body("name", equalTo(name))
                .body("dob", equalTo("1929-10-21"))
                .body("books", hasSize(2))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/authors/" + id);
        assertThat(created.<List<String>>path("books.authorId")).containsOnly(id);

        given().get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("dob", equalTo("1929-10-21"))
                .body("books.title", contains("Earthsea", "The Lathe of Heaven"))
                .body("books.authorId", everyItem(equalTo(id)))
                .body("books.createdAt", everyItem(not(empty())));
    }

    @Test
    void pagesThroughAuthorsSortedByNameWithTheTotalOnEveryPage() {
        String tag = uniqueTag();
        for (String letter : List.of("E", "B", "D", "A", "C")) {
            createAuthor(tag + " " + letter, "1900-01-01");
        }

        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            ExtractableResponse<Response> body = given().queryParam("searchString", tag)
                    .queryParam("orderBy", "name")
                    .queryParam("sortOrder", "asc")
                    .queryParam("pageSize", 2)
                    .queryParam("currentPage", page)
                    .get("/authors")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(5))
                    .body("limit", equalTo(2))
                    .body("offset", equalTo((page - 1) * 2))
                    .extract();
            names.addAll(body.path("items.name"));
        }
        assertThat(names).containsExactly(tag + " A", tag + " B", tag + " C", tag + " D", tag + " E");

        given().queryParam("searchString", tag)
                .queryParam("pageSize", 2)
                .queryParam("currentPage", 4)
                .get("/authors")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(5))
                .body("offset", equalTo(6));
    }

    @Test
    void sortsByNameDescendingAndSearchesIgnoringCase() {
        String tag = uniqueTag();
        createAuthor(tag + " Anna", "1950-01-01");
        createAuthor(tag + " Zoe", "1950-01-01");

        given().queryParam("searchString", tag.toUpperCase())
                .queryParam("orderBy", "name")
                .queryParam("sortOrder", "desc")
                .get("/authors")
                .then()
                .statusCode(200)
                .body("items.name", contains(tag + " Zoe", tag + " Anna"))
                .body("total", equalTo(2));
    }

    @Test
    void aSortFieldOutsideTheAllowListIsA400ProblemNamingTheParameter() {
        assertProblem(given().queryParam("orderBy", "id").get("/authors").then(), 400, "ALCH-1600", "/authors")
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo("Query parameter 'orderBy' must be one of [name, dob]"));
    }

    @Test
    void aPageSizeOfZeroIsA400Problem() {
        assertProblem(given().queryParam("pageSize", 0).get("/authors").then(), 400, "ALCH-1600", "/authors")
                .body("detail", containsString("'pageSize'"));
    }

    @Test
    void aWrongTypeInTheBodyIsA400ProblemNamingTheFieldAndNothingIsWritten() {
        String tag = uniqueTag();
        assertProblem(post("/authors", Map.of("name", tag, "dob", "last tuesday")), 400, "ALCH-1400", "/authors")
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("'dob'"))
                .body("detail", not(containsString("last tuesday")));
        assertProblem(post("/authors", Map.of("name", tag, "books", "many")), 400, "ALCH-1400", "/authors")
                .body("detail", containsString("'books'"));

        given().queryParam("searchString", tag)
                .get("/authors")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aMissingOrBlankNameIsA400Problem() {
        assertProblem(post("/authors", Map.of("dob", "1900-01-01")), 400, "ALCH-1400", "/authors")
                .body("detail", equalTo("Input field 'name' of AuthorCreate is required"));
        assertProblem(post("/authors", Map.of("name", " ")), 400, "ALCH-1400", "/authors")
                .body("detail", equalTo("Input field 'name' of AuthorCreate must not be blank"));
    }

    @Test
    void anUnknownIdIsA404ProblemForReadPatchAndDelete() {
        String id = UUID.randomUUID().toString();
        String path = "/authors/" + id;

        assertProblem(given().get(path).then(), 404, "ALCH-1100", path)
                .body("title", equalTo("Not Found"))
                .body("detail", containsString(id));
        assertProblem(patch(path, Map.of("name", "Nobody")), 404, "ALCH-1100", path);
        assertProblem(given().delete(path).then(), 404, "ALCH-1100", path);
    }

    @Test
    void aDuplicateNameIsA409ProblemOnCreateAndOnPatch() {
        String twin = uniqueTag() + " Twin";
        createAuthor(twin, "1900-01-01");
        String other = createAuthor(twin + " Other", "1900-01-01");

        assertProblem(post("/authors", Map.of("name", twin)), 409, "ALCH-1201", "/authors")
                .body("title", equalTo("Conflict"))
                .body("detail", containsStringIgnoringCase("uq_author_name"));
        assertProblem(patch("/authors/" + other, Map.of("name", twin)), 409, "ALCH-1201", "/authors/" + other);

        given().queryParam("searchString", twin)
                .get("/authors")
                .then()
                .body("total", equalTo(2))
                .body("items.name", contains(twin, twin + " Other"));
    }

    @Test
    void deletingAnAuthorWhoStillHasBooksIsA409ProblemAndKeepsEverything() {
        String id = createAuthor(uniqueTag() + " Prolific", "1900-01-01", "First", "Second");

        assertProblem(given().delete("/authors/" + id).then(), 409, "ALCH-1202", "/authors/" + id)
                .body("detail", containsStringIgnoringCase("fk_book_author_id_author"));

        given().get("/authors/" + id).then().statusCode(200).body("books.title", contains("First", "Second"));
    }

    @Test
    void patchChangesOnlyTheFieldsInTheBody() {
        String name = uniqueTag() + " Octavia Butler";
        String id = createAuthor(name, "1947-06-22");

        patch("/authors/" + id, Map.of("dob", "1947-06-23"))
                .statusCode(200)
                .body("name", equalTo(name))
                .body("dob", equalTo("1947-06-23"));
        patch(
                        "/authors/" + id,
                        Map.of("name", name + " E.", "id", UUID.randomUUID().toString(), "nickname", "x"))
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(name + " E."))
                .body("dob", equalTo("1947-06-23"));

        given().get("/authors/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + " E."))
                .body("dob", equalTo("1947-06-23"));
    }

    @Test
    void deleteAnswers204AndTheAuthorIsGone() {
        String id = createAuthor(uniqueTag() + " Ephemeral", "1900-01-01");

        given().delete("/authors/" + id).then().statusCode(204).body(equalTo(""));

        given().get("/authors/" + id).then().statusCode(404);
    }
}
