package dev.advancedalchemy.examples.payara;

import static dev.advancedalchemy.examples.payara.Http.assertProblem;
import static dev.advancedalchemy.examples.payara.Http.texts;
import static dev.advancedalchemy.examples.payara.Http.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advancedalchemy.examples.payara.Http.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the scenarios of the Quarkus suite over HTTP on loopback against the example WAR (the Authors/Books
 * application of {@code examples-app} on EclipseLink with JTA) on a real Payara Micro 6 (see {@link PayaraExample}).
 */
@ExtendWith(PayaraExample.class)
class AuthorsOnPayaraIT {
    private static Http http;

    @BeforeAll
    static void connect(PayaraExample.Deployed example) {
        http = example.http();
    }

    @Test
    void createsAnAuthorWithBooksAndReadsItBackWithItsBooks() throws Exception {
        String name = uniqueTag() + " Ursula K. Le Guin";
        Answer created = http.post(
                "/authors",
                Map.of(
                        "name",
                        name,
                        "dob",
                        "1929-10-21",
                        "books",
                        List.of(Map.of("title", "The Lathe of Heaven"), Map.of("title", "Earthsea"))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        String id = created.json().get("id").asText();
        assertThat(created.json().get("name").asText()).isEqualTo(name);
        assertThat(created.json().get("dob").asText()).isEqualTo("1929-10-21");
        assertThat(texts(created.json().get("books"), "authorId")).containsOnly(id);
        assertThat(created.header("Location")).endsWith("/example/authors/" + id);

        Answer read = http.get("/authors/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo(name);
        assertThat(texts(read.json().get("books"), "title")).containsExactly("Earthsea", "The Lathe of Heaven");
        assertThat(texts(read.json().get("books"), "createdAt")).allSatisfy(t -> Instant.parse(t));
    }

    @Test
    void pagesThroughAuthorsSortedByNameWithTheTotalOnEveryPage() throws Exception {
        String tag = uniqueTag();
        for (String letter : List.of("E", "B", "D", "A", "C")) {
            http.createAuthor(tag + " " + letter, "1900-01-01");
        }

        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Answer answer = http.get(
                    "/authors",
                    Map.of(
                            "searchString",
                            tag,
                            "orderBy",
                            "name",
                            "sortOrder",
                            "asc",
                            "pageSize",
                            2,
                            "currentPage",
                            page));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("total").asLong()).isEqualTo(5);
            assertThat(answer.json().get("limit").asInt()).isEqualTo(2);
            assertThat(answer.json().get("offset").asInt()).isEqualTo((page - 1) * 2);
            names.addAll(texts(answer.json().get("items"), "name"));
        }
        assertThat(names).containsExactly(tag + " A", tag + " B", tag + " C", tag + " D", tag + " E");

        Answer pastTheEnd = http.get("/authors", Map.of("searchString", tag, "pageSize", 2, "currentPage", 4));
        assertThat(pastTheEnd.json().get("items")).isEmpty();
        assertThat(pastTheEnd.json().get("total").asLong()).isEqualTo(5);
        assertThat(pastTheEnd.json().get("offset").asInt()).isEqualTo(6);
    }

    @Test
    void sortsByNameDescendingAndSearchesIgnoringCase() throws Exception {
        String tag = uniqueTag();
        http.createAuthor(tag + " Anna", "1950-01-01");
        http.createAuthor(tag + " Zoe", "1950-01-01");

        Answer answer =
                http.get("/authors", Map.of("searchString", tag.toUpperCase(), "orderBy", "name", "sortOrder", "desc"));

        assertThat(texts(answer.json().get("items"), "name")).containsExactly(tag + " Zoe", tag + " Anna");
        assertThat(answer.json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aSortFieldOutsideTheAllowListOrAPageSizeOfZeroIsA400Problem() throws Exception {
        String detail = assertProblem(http.get("/authors", Map.of("orderBy", "id")), 400, "ALCH-1600", "/authors");
        assertThat(detail).isEqualTo("Query parameter 'orderBy' must be one of [name, dob]");

        assertThat(assertProblem(http.get("/authors", Map.of("pageSize", 0)), 400, "ALCH-1600", "/authors"))
                .contains("'pageSize'");
    }

    @Test
    void aWrongTypeInTheBodyIsA400ProblemNamingTheFieldAndNothingIsWritten() throws Exception {
        String tag = uniqueTag();
        String detail = assertProblem(
                http.post("/authors", Map.of("name", tag, "dob", "last tuesday")), 400, "ALCH-1400", "/authors");
        assertThat(detail).contains("'dob'").doesNotContain("last tuesday");
        assertThat(assertProblem(
                        http.post("/authors", Map.of("name", tag, "books", "many")), 400, "ALCH-1400", "/authors"))
                .contains("'books'");

        assertThat(http.get("/authors", Map.of("searchString", tag))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void anUnknownIdIsA404ProblemForReadPatchAndDelete() throws Exception {
        String id = UUID.randomUUID().toString();
        String path = "/authors/" + id;

        assertThat(assertProblem(http.get(path), 404, "ALCH-1100", path)).contains(id);
        assertProblem(http.patch(path, Map.of("name", "Nobody")), 404, "ALCH-1100", path);
        assertProblem(http.delete(path), 404, "ALCH-1100", path);
    }

    @Test
    void aDuplicateNameIsA409ProblemOnCreateAndOnPatch() throws Exception {
        String twin = uniqueTag() + " Twin";
        http.createAuthor(twin, "1900-01-01");
        String other = http.createAuthor(twin + " Other", "1900-01-01");

        assertThat(assertProblem(http.post("/authors", Map.of("name", twin)), 409, "ALCH-1201", "/authors"))
                .containsIgnoringCase("uq_author_name");
        assertProblem(http.patch("/authors/" + other, Map.of("name", twin)), 409, "ALCH-1201", "/authors/" + other);

        Answer both = http.get("/authors", Map.of("searchString", twin));
        assertThat(texts(both.json().get("items"), "name")).containsExactly(twin, twin + " Other");
    }

    @Test
    void deletingAnAuthorWhoStillHasBooksIsA409ProblemAndKeepsEverything() throws Exception {
        String id = http.createAuthor(uniqueTag() + " Prolific", "1900-01-01", "First", "Second");

        assertThat(assertProblem(http.delete("/authors/" + id), 409, "ALCH-1202", "/authors/" + id))
                .containsIgnoringCase("fk_book_author_id_author");

        assertThat(texts(http.get("/authors/" + id).json().get("books"), "title"))
                .containsExactly("First", "Second");
    }

    @Test
    void patchChangesOnlyTheFieldsInTheBody() throws Exception {
        String name = uniqueTag() + " Octavia Butler";
        String id = http.createAuthor(name, "1947-06-22");

        Answer dobOnly = http.patch("/authors/" + id, Map.of("dob", "1947-06-23"));
        assertThat(dobOnly.status()).isEqualTo(200);
        assertThat(dobOnly.json().get("name").asText()).isEqualTo(name);
        Answer nameOnly = http.patch(
                "/authors/" + id,
                Map.of("name", name + " E.", "id", UUID.randomUUID().toString(), "nickname", "x"));
        assertThat(nameOnly.json().get("id").asText()).isEqualTo(id);

        JsonNode stored = http.get("/authors/" + id).json();
        assertThat(stored.get("name").asText()).isEqualTo(name + " E.");
        assertThat(stored.get("dob").asText()).isEqualTo("1947-06-23");
    }

    @Test
    void deleteAnswers204AndTheAuthorIsGone() throws Exception {
        String id = http.createAuthor(uniqueTag() + " Ephemeral", "1900-01-01");

        Answer deleted = http.delete("/authors/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.raw().body()).isEmpty();
        assertThat(http.get("/authors/" + id).status()).isEqualTo(404);
    }

    @Test
    void booksAreCreatedWithAuditTimesListedSortedAndPatched() throws Exception {
        String tag = uniqueTag();
        String author = http.createAuthor(tag + " Iain Banks", "1954-02-16");
        for (String title : List.of("Beta", "Gamma")) {
            http.createBook(tag + " " + title, author);
        }
        Answer created = http.post("/books", Map.of("title", tag + " Alpha", "authorId", author));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String createdAt = created.json().get("createdAt").asText();
        assertThat(Instant.parse(created.json().get("updatedAt").asText())).isEqualTo(Instant.parse(createdAt));

        Answer listed = http.get("/books", Map.of("searchString", tag, "orderBy", "title", "sortOrder", "asc"));
        assertThat(texts(listed.json().get("items"), "title"))
                .containsExactly(tag + " Alpha", tag + " Beta", tag + " Gamma");
        assertThat(listed.json().get("limit").asInt()).isEqualTo(20);

        Answer unchanged = http.patch("/books/" + id, Map.of());
        assertThat(Instant.parse(unchanged.json().get("updatedAt").asText())).isEqualTo(Instant.parse(createdAt));
        Answer renamed = http.patch("/books/" + id, Map.of("title", "Final"));
        assertThat(renamed.json().get("title").asText()).isEqualTo("Final");
        assertThat(renamed.json().get("authorId").asText()).isEqualTo(author);
        assertThat(Instant.parse(renamed.json().get("updatedAt").asText())).isAfter(Instant.parse(createdAt));
    }

    @Test
    void aRejectedInsertIsRolledBackByTheCommitModeUnderJtaWhenTheResponseIs4xx() throws Exception {
        String tag = uniqueTag();
        String author = http.createAuthor(tag + " Frank Herbert", "1920-10-08");
        http.createBook(tag + " Dune", author);

        // The handler inserts the second book, then finds the duplicate title and answers 409 without an exception:
        // only the autocommit commit mode (examples-app's microprofile-config.properties) undoes the insert.
        assertThat(assertProblem(
                        http.post("/books", Map.of("title", tag + " Dune", "authorId", author)),
                        409,
                        "ALCH-1201",
                        "/books"))
                .contains("already has a book with this title");

        assertThat(http.get("/books", Map.of("searchString", tag))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aBookForAnUnknownAuthorIsA404AndABadAuthorIdA400AndNothingIsWritten() throws Exception {
        String title = uniqueTag() + " Orphan";
        String missing = UUID.randomUUID().toString();

        assertThat(assertProblem(
                        http.post("/books", Map.of("title", title, "authorId", missing)), 404, "ALCH-1100", "/books"))
                .contains(missing);
        assertThat(assertProblem(
                        http.post("/books", Map.of("title", title, "authorId", "42")), 400, "ALCH-1400", "/books"))
                .contains("'authorId'");

        assertThat(http.get("/books", Map.of("searchString", title))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void deletingTheBooksLetsTheAuthorBeDeleted() throws Exception {
        String author = http.createAuthor(uniqueTag() + " Author", "1900-01-01", "Only");
        String book = http.get("/authors/" + author)
                .json()
                .get("books")
                .get(0)
                .get("id")
                .asText();

        assertThat(http.delete("/books/" + book).status()).isEqualTo(204);
        assertThat(http.get("/books/" + book).status()).isEqualTo(404);
        assertThat(http.delete("/authors/" + author).status()).isEqualTo(204);
        assertThat(http.get("/authors/" + author).status()).isEqualTo(404);
    }
}
