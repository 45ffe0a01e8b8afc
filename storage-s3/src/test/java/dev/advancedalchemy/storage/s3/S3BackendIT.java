package dev.advancedalchemy.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.testing.HostileKeys;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 backend against Adobe S3Mock, a real S3-protocol server, running in this JVM on loopback. */
class S3BackendIT {
    private static final String BUCKET = S3MockServer.BUCKET;
    private static S3MockServer s3mock;
    private static URI endpoint;
    private static S3Client client;
    private static S3Presigner presigner;

    @BeforeAll
    static void startS3Mock() throws Exception {
        s3mock = S3MockServer.start();
        endpoint = s3mock.endpoint;
        client = S3MockServer.client(endpoint);
        presigner = s3mock.presigner();
    }

    @AfterAll
    static void stopS3Mock() {
        if (client != null) {
            client.close();
            presigner.close();
        }
        if (s3mock != null) {
            s3mock.close();
        }
    }

    private static S3Backend backend(String prefix) {
        return S3Backend.builder("s3", client, BUCKET)
                .prefix(prefix)
                .presigner(presigner)
                .multipartThreshold(S3Backend.MIN_PART_SIZE)
                .partSize(S3Backend.MIN_PART_SIZE)
                .build();
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void savesContentTypeAndMetadataAsObjectMetadataAndReadsBack() throws Exception {
        StorageBackend s3 = backend("app");
        StoredFile stored = s3.save("docs/a.txt", in("hello"), "text/plain", Map.of("owner", "ann", "pages", 3));
        assertThat(stored.size()).isEqualTo(5);
        assertThat(stored.checksum()).isEqualTo(sha256("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.etag())
                .as("S3's own ETag: the quoted MD5 of a single-part upload")
                .isEqualTo('"'
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("MD5")
                                        .digest("hello".getBytes(StandardCharsets.UTF_8)))
                        + '"');
        assertThat(stored.lastModified()).isNotNull();
        var head = client.headObject(r -> r.bucket(BUCKET).key("app/docs/a.txt"));
        assertThat(head.contentType()).isEqualTo("text/plain");
        assertThat(head.metadata()).containsEntry("owner", "ann").containsEntry("pages", "3");
        assertThat(new String(s3.getContent("docs/a.txt"), StandardCharsets.UTF_8))
                .isEqualTo("hello");
        assertThat(s3.exists("docs/a.txt")).isTrue();
        s3.delete("docs/a.txt");
        assertThat(s3.exists("docs/a.txt")).isFalse();
        assertThatThrownBy(() -> s3.open("docs/a.txt")).hasMessageContaining("ALCH-1502");
    }

    @Test
    void contentAboveTheThresholdIsSentAsAMultipartUpload() throws Exception {
        StorageBackend s3 = backend("");
        byte[] big = new byte[S3Backend.MIN_PART_SIZE * 2 + 12345];
        new Random(7).nextBytes(big);
        StoredFile stored = s3.save("big.bin", new ByteArrayInputStream(big), "application/octet-stream", Map.of());
        assertThat(stored.size()).isEqualTo(big.length);
        assertThat(stored.checksum()).isEqualTo(sha256(big));
        assertThat(stored.etag())
                .as("multipart ETag: md5 of part md5s, dash, part count")
                .endsWith("-3\"");
        assertThat(sha256(s3.getContent("big.bin"))).isEqualTo(sha256(big));
    }

    @Test
    void presignedGetAndPutUrlsWorkAndCarryTheExpiry() throws Exception {
        StorageBackend s3 = backend("signed");
        s3.save("a.txt", in("download me"), "text/plain", Map.of());
        URI get = s3.sign("a.txt", Duration.ofMinutes(10), false);
        assertThat(get.getQuery()).contains("X-Amz-Expires=600");
        HttpURLConnection download = (HttpURLConnection) get.toURL().openConnection();
        assertThat(download.getResponseCode()).isEqualTo(200);
        try (InputStream body = download.getInputStream()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("download me");
        }

        URI put = s3.sign("up.txt", Duration.ofMinutes(5), true);
        HttpURLConnection upload = (HttpURLConnection) put.toURL().openConnection();
        upload.setRequestMethod("PUT");
        upload.setDoOutput(true);
        try (OutputStream out = upload.getOutputStream()) {
            out.write("uploaded".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(upload.getResponseCode()).isEqualTo(200);
        assertThat(new String(s3.getContent("up.txt"), StandardCharsets.UTF_8)).isEqualTo("uploaded");
        assertThatThrownBy(() -> s3.sign("a.txt", Duration.ZERO, false)).isInstanceOf(StorageException.class);
    }

    static Stream<Arguments> hostileKeys() {
        Stream<HostileKeys.Case> more = Stream.of(
                new HostileKeys.Case("encoded traversal into a sibling prefix", "..%2ftenant-b%2fx.txt"),
                new HostileKeys.Case("traversal into a sibling prefix", "../tenant-b/x.txt"));
        return Stream.concat(HostileKeys.cases().stream(), more).map(c -> Arguments.of(c.kind(), c.key()));
    }

    @ParameterizedTest(name = "cannot escape the prefix with {0}")
    @MethodSource("hostileKeys")
    void keysCannotEscapeThePrefix(String kind, String key) {
        StorageBackend tenantA = backend("tenant-a");
        assertThatThrownBy(() -> tenantA.save(key, in("x"), "text/plain", Map.of()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("ALCH-1501");
        assertThatThrownBy(() -> tenantA.open(key)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> tenantA.delete(key)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> tenantA.exists(key)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> tenantA.sign(key, Duration.ofMinutes(1), true)).isInstanceOf(StorageException.class);
        assertThat(client.listObjectsV2(r -> r.bucket(BUCKET).prefix("tenant-b/"))
                        .contents())
                .isEmpty();
    }

    @Test
    void everyObjectLandsUnderThePrefix() {
        S3Backend tenantA = backend("tenant-a/");
        tenantA.save("x.txt", in("a"), "text/plain", Map.of());
        assertThat(client.listObjectsV2(r -> r.bucket(BUCKET).prefix("tenant-a/"))
                        .contents())
                .extracting(o -> o.key())
                .contains("tenant-a/x.txt");
        assertThat(backend("tenant-c").exists("x.txt")).isFalse();
    }

    @Test
    void backendsComeFromConfiguration() {
        StorageRegistry registry = StorageRegistry.fromConfig(Map.of(
                "alchemy.storage.media.type", "s3",
                "alchemy.storage.media.bucket", BUCKET,
                "alchemy.storage.media.prefix", "configured",
                "alchemy.storage.media.endpoint", endpoint.toString(),
                "alchemy.storage.media.path-style", "true",
                "alchemy.storage.media.access-key", "test",
                "alchemy.storage.media.secret-key", "test"));
        StorageBackend media = registry.backend("media");
        media.save("c.txt", in("configured"), "text/plain", Map.of());
        assertThat(client.headObject(r -> r.bucket(BUCKET).key("configured/c.txt"))
                        .contentLength())
                .isEqualTo(10);
        assertThatThrownBy(() -> StorageRegistry.fromConfig(Map.of("alchemy.storage.m.type", "s3")))
                .hasMessageContaining("alchemy.storage.m.bucket");
    }
}
