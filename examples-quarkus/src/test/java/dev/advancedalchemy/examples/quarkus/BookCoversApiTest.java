package dev.advancedalchemy.examples.quarkus;

import static dev.advancedalchemy.examples.quarkus.Api.assertProblem;
import static dev.advancedalchemy.examples.quarkus.Api.createAuthor;
import static dev.advancedalchemy.examples.quarkus.Api.createBook;
import static dev.advancedalchemy.examples.quarkus.Api.uniqueTag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * {@code /books/{id}/cover} over HTTP on the running Quarkus application (Hibernate ORM, JTA, the example's
 * autocommit commit mode), checked against the files in the {@code covers} storage root on disk: the file lifecycle
 * of module {@code storage} must write, replace, delete and roll back cover files with the request's transaction.
 */
@QuarkusTest
class BookCoversApiTest {
    private static final Random RANDOM = new Random(42);

    @Test
    void anUploadedCoverIsStoredWithItsSizeAndChecksumAndServedBackAsIs() throws IOException {
        String book = newBook();
        byte[] image = bytes(1500);

        putCover(book, image, "image/png", "dune.png")
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(book))
                .body("cover.filename", equalTo("dune.png"))
                .body("cover.contentType", equalTo("image/png"))
                .body("cover.size", equalTo(image.length))
                .body("cover.checksum", equalTo(sha256(image)));

        List<Path> files = coverFiles(book);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("cover-").endsWith(".png");
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(image);

        ExtractableResponse<Response> download =
                given().get("/books/" + book + "/cover").then().statusCode(200).extract();
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(download.header("Content-Disposition")).isEqualTo("inline; filename=\"dune.png\"");
        assertThat(download.asByteArray()).isEqualTo(image);
        given().get("/books/" + book).then().body("cover.checksum", equalTo(sha256(image)));
    }

    @Test
    void replacingTheCoverWritesANewFileAndDeletesTheOldOneAfterTheCommit() throws IOException {
        String book = newBook();
        putCover(book, bytes(800), "image/png", "first.png").statusCode(200);
        Path first = coverFiles(book).get(0);
        byte[] second = bytes(900);

        putCover(book, second, "image/jpeg", null)
                .statusCode(200)
                .body("cover.filename", equalTo("cover.jpg"))
                .body("cover.contentType", equalTo("image/jpeg"))
                .body("cover.size", equalTo(second.length));

        assertThat(first).doesNotExist();
        List<Path> files = coverFiles(book);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).endsWith(".jpg");
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(second);
        assertThat(given().get("/books/" + book + "/cover").then().extract().asByteArray())
                .isEqualTo(second);
    }

    @Test
    void clearingTheCoverDeletesItsFileAndTheCoverIsThenA404() {
        String book = newBook();
        putCover(book, bytes(700), "image/gif", "anim.gif").statusCode(200);
        assertThat(coverFiles(book)).hasSize(1);

        given().delete("/books/" + book + "/cover").then().statusCode(204);

        assertThat(coverFiles(book)).isEmpty();
        given().get("/books/" + book).then().statusCode(200).body("cover", nullValue());
        String path = "/books/" + book + "/cover";
        assertProblem(given().get(path).then(), 404, "ALCH-1100", path).body("detail", containsString("no cover"));
    }

    @Test
    void deletingABookDeletesItsCoverFile() {
        String book = newBook();
        putCover(book, bytes(600), "image/webp", "c.webp").statusCode(200);
        assertThat(coverFiles(book)).hasSize(1);

        given().delete("/books/" + book).then().statusCode(204);

        assertThat(coverFiles(book)).isEmpty();
        String path = "/books/" + book + "/cover";
        assertProblem(given().get(path).then(), 404, "ALCH-1100", path);
    }

    @Test
    void aCoverOverTheLimitIsA413AndTheRollbackRemovesItsFileAndKeepsThePreviousCover() throws IOException {
        String book = newBook();
        byte[] kept = bytes(1000);
        putCover(book, kept, "image/png", "kept.png").statusCode(200);
        Path keptFile = coverFiles(book).get(0);

        // The body is streamed to storage before its size is known: the 413 comes after the write, and only the
        // rollback of the request transaction (autocommit commit mode, non-2xx answer) removes the new file.
        String path = "/books/" + book + "/cover";
        assertProblem(putCover(book, bytes(5000), "image/png", "huge.png"), 413, "ALCH-1400", path)
                .body("detail", equalTo("A cover may have at most 4096 bytes, this one has 5000"));

        assertThat(coverFiles(book)).containsExactly(keptFile);
        assertThat(Files.readAllBytes(keptFile)).isEqualTo(kept);
        given().get("/books/" + book)
                .then()
                .body("cover.filename", equalTo("kept.png"))
                .body("cover.checksum", equalTo(sha256(kept)));
        assertThat(given().get(path).then().extract().asByteArray()).isEqualTo(kept);
    }

    @Test
    void anUnknownBookIsA404AndABadFilenameA400AndNeitherWritesAFile() {
        String missing = "7b0c6c52-5f9e-4d1e-9d3c-1c0f7f1f0e11";
        String path = "/books/" + missing + "/cover";
        assertProblem(putCover(missing, bytes(10), "image/png", "x.png"), 404, "ALCH-1100", path);
        assertProblem(given().get(path).then(), 404, "ALCH-1100", path);
        assertProblem(given().delete(path).then(), 404, "ALCH-1100", path);
        assertThat(coverFiles(missing)).isEmpty();

        String book = newBook();
        String own = "/books/" + book + "/cover";
        assertProblem(putCover(book, bytes(10), "image/png", "../../etc/passwd"), 400, "ALCH-1400", own)
                .body("detail", containsString("'filename'"));
        assertThat(coverFiles(book)).isEmpty();
    }

    private static String newBook() {
        String author = createAuthor(uniqueTag() + " Cover Artist", "1900-01-01");
        return createBook(uniqueTag() + " Illustrated", author);
    }

    private static ValidatableResponse putCover(String book, byte[] body, String type, String filename) {
        var request = given().contentType(type).body(body);
        if (filename != null) {
            request = request.queryParam("filename", filename);
        }
        return request.put("/books/" + book + "/cover").then();
    }

    /** The regular files in the book's folder of the covers storage root (temporary files would show up too). */
    private static List<Path> coverFiles(String book) {
        Path folder = coversRoot().resolve("books").resolve(book);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path coversRoot() {
        return Path.of(ConfigProvider.getConfig().getValue("alchemy.storage.covers.root", String.class))
                .toAbsolutePath();
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        synchronized (RANDOM) {
            RANDOM.nextBytes(b);
        }
        return b;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
