package dev.advancedalchemy.examples.payara;

import static dev.advancedalchemy.examples.payara.Http.assertProblem;
import static dev.advancedalchemy.examples.payara.Http.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advancedalchemy.examples.payara.Http.Answer;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /books/{id}/cover} on Payara Micro (EclipseLink under JTA, the example's autocommit commit mode), checked
 * against the files in the {@code covers} storage root on disk: the scenarios of the Quarkus suite
 * {@code BookCoversApiTest}, here with the file lifecycle learning the end of each JTA transaction from
 * {@code java:comp/TransactionSynchronizationRegistry}.
 */
@ExtendWith(PayaraExample.class)
class BookCoversOnPayaraIT {
    private static final Random RANDOM = new Random(42);
    private static Http http;
    private static Path coversRoot;

    @BeforeAll
    static void connect(PayaraExample.Deployed example) {
        http = example.http();
        coversRoot = example.coversRoot();
    }

    @Test
    void anUploadedCoverIsStoredWithItsSizeAndChecksumAndServedBackAsIs() throws Exception {
        String book = newBook();
        byte[] image = bytes(1500);

        Answer put = putCover(book, image, "image/png", "dune.png");

        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        JsonNode cover = put.json().get("cover");
        assertThat(cover.get("filename").asText()).isEqualTo("dune.png");
        assertThat(cover.get("contentType").asText()).isEqualTo("image/png");
        assertThat(cover.get("size").asLong()).isEqualTo(image.length);
        assertThat(cover.get("checksum").asText()).isEqualTo(sha256(image));
        List<Path> files = coverFiles(book);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("cover-").endsWith(".png");
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(image);

        HttpResponse<byte[]> download = http.download("/books/" + book + "/cover");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.body()).isEqualTo(image);
        assertThat(http.get("/books/" + book).json().at("/cover/checksum").asText())
                .isEqualTo(sha256(image));
    }

    @Test
    void replacingTheCoverWritesANewFileAndDeletesTheOldOneAfterTheCommit() throws Exception {
        String book = newBook();
        assertThat(putCover(book, bytes(800), "image/png", "first.png").status())
                .isEqualTo(200);
        Path first = coverFiles(book).get(0);
        byte[] second = bytes(900);

        Answer replaced = putCover(book, second, "image/jpeg", null);

        assertThat(replaced.status()).as(replaced.raw().body()).isEqualTo(200);
        assertThat(replaced.json().at("/cover/filename").asText()).isEqualTo("cover.jpg");
        assertThat(replaced.json().at("/cover/contentType").asText()).isEqualTo("image/jpeg");
        assertThat(first).doesNotExist();
        List<Path> files = coverFiles(book);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).endsWith(".jpg");
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(second);
        assertThat(http.download("/books/" + book + "/cover").body()).isEqualTo(second);
    }

    @Test
    void clearingTheCoverDeletesItsFileAndTheCoverIsThenA404() throws Exception {
        String book = newBook();
        assertThat(putCover(book, bytes(700), "image/gif", "anim.gif").status()).isEqualTo(200);
        assertThat(coverFiles(book)).hasSize(1);

        assertThat(http.delete("/books/" + book + "/cover").status()).isEqualTo(204);

        assertThat(coverFiles(book)).isEmpty();
        // JSON-B on Payara leaves null properties out where Jackson on Quarkus writes "cover": null
        assertThat(http.get("/books/" + book).json().hasNonNull("cover")).isFalse();
        String path = "/books/" + book + "/cover";
        assertThat(assertProblem(http.get(path), 404, "ALCH-1100", path)).contains("no cover");
    }

    @Test
    void deletingABookDeletesItsCoverFile() throws Exception {
        String book = newBook();
        assertThat(putCover(book, bytes(600), "image/webp", "c.webp").status()).isEqualTo(200);
        assertThat(coverFiles(book)).hasSize(1);

        assertThat(http.delete("/books/" + book).status()).isEqualTo(204);

        assertThat(coverFiles(book)).isEmpty();
        String path = "/books/" + book + "/cover";
        assertProblem(http.get(path), 404, "ALCH-1100", path);
    }

    @Test
    void aCoverOverTheLimitIsA413AndTheJtaRollbackRemovesItsFileAndKeepsThePreviousCover() throws Exception {
        String book = newBook();
        byte[] kept = bytes(1000);
        assertThat(putCover(book, kept, "image/png", "kept.png").status()).isEqualTo(200);
        Path keptFile = coverFiles(book).get(0);

        // written to storage at the flush, refused after it: only the JTA rollback removes the new file
        int tooLarge = PayaraExample.MAX_COVER_BYTES + 1;
        String path = "/books/" + book + "/cover";
        assertThat(assertProblem(putCover(book, bytes(tooLarge), "image/png", "huge.png"), 413, "ALCH-1400", path))
                .isEqualTo("A cover may have at most " + PayaraExample.MAX_COVER_BYTES + " bytes, this one has "
                        + tooLarge);

        assertThat(coverFiles(book)).containsExactly(keptFile);
        assertThat(Files.readAllBytes(keptFile)).isEqualTo(kept);
        JsonNode cover = http.get("/books/" + book).json().get("cover");
        assertThat(cover.get("filename").asText()).isEqualTo("kept.png");
        assertThat(cover.get("checksum").asText()).isEqualTo(sha256(kept));
        assertThat(http.download(path).body()).isEqualTo(kept);
    }

    @Test
    void anUnknownBookIsA404AndABadFilenameA400AndNeitherWritesAFile() throws Exception {
        String missing = "7b0c6c52-5f9e-4d1e-9d3c-1c0f7f1f0e11";
        String path = "/books/" + missing + "/cover";
        assertProblem(putCover(missing, bytes(10), "image/png", "x.png"), 404, "ALCH-1100", path);
        assertProblem(http.get(path), 404, "ALCH-1100", path);
        assertProblem(http.delete(path), 404, "ALCH-1100", path);
        assertThat(coverFiles(missing)).isEmpty();

        String book = newBook();
        String own = "/books/" + book + "/cover";
        assertThat(assertProblem(putCover(book, bytes(10), "image/png", "../../etc/passwd"), 400, "ALCH-1400", own))
                .contains("'filename'");
        assertThat(coverFiles(book)).isEmpty();
    }

    private static String newBook() throws IOException, InterruptedException {
        String author = http.createAuthor(uniqueTag() + " Cover Artist", "1900-01-01");
        return http.createBook(uniqueTag() + " Illustrated", author);
    }

    private static Answer putCover(String book, byte[] body, String type, @Nullable String filename)
            throws IOException, InterruptedException {
        String query = filename == null ? "" : "?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
        return http.put("/books/" + book + "/cover" + query, body, type);
    }

    /** The regular files in the book's folder of the covers storage root (temporary files would show up too). */
    private static List<Path> coverFiles(String book) throws IOException {
        Path folder = coversRoot.resolve("books").resolve(book);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
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
