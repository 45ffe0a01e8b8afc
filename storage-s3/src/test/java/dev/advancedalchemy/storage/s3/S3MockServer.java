package dev.advancedalchemy.storage.s3;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Adobe S3Mock, a real S3-protocol server, started in this JVM on a free loopback port with one bucket. */
final class S3MockServer implements AutoCloseable {
    static final String BUCKET = "files";

    private final S3MockApplication app;
    final URI endpoint;

    private S3MockServer(S3MockApplication app) {
        this.app = app;
        this.endpoint = URI.create("http://127.0.0.1:" + app.getHttpPort());
    }

    static S3MockServer start() throws Exception {
        return new S3MockServer(S3MockApplication.start(new HashMap<>(Map.of(
                "http.port",
                0,
                "server.port",
                0,
                "silent",
                true,
                "com.adobe.testing.s3mock.store.initial-buckets",
                BUCKET,
                "com.adobe.testing.s3mock.store.root",
                Files.createTempDirectory("s3mock").toString()))));
    }

    /** A client for {@code endpoint} (path-style, static test credentials, URL-connection HTTP client). */
    static S3Client client(URI endpoint) {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .serviceConfiguration(pathStyle())
                .build();
    }

    S3Presigner presigner() {
        return S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .serviceConfiguration(pathStyle())
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    private static S3Configuration pathStyle() {
        return S3Configuration.builder().pathStyleAccessEnabled(true).build();
    }

    @Override
    public void close() {
        app.stop();
    }
}
