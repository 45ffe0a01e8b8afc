package dev.advancedalchemy.storage.s3;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.spi.StorageBackendFactory;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Configuration type {@code s3}: {@code bucket} (required), {@code prefix}, {@code region} (default
 * {@code us-east-1}), {@code endpoint} (for S3-compatible stores), {@code path-style} ({@code true}/{@code false}),
 * {@code access-key} + {@code secret-key} (else the SDK's default credential chain), {@code multipart-threshold}
 * and {@code part-size} in bytes.
 */
public final class S3BackendFactory implements StorageBackendFactory {
    @Override
    public String type() {
        return "s3";
    }

    @Override
    public StorageBackend create(String name, Map<String, String> settings) {
        String bucket = settings.get("bucket");
        if (bucket == null || bucket.isBlank()) {
            throw new StorageException(
                    "ALCH-1503", "storage '" + name + "' needs alchemy.storage." + name + ".bucket", null);
        }
        Region region = Region.of(settings.getOrDefault("region", "us-east-1"));
        boolean pathStyle = Boolean.parseBoolean(settings.getOrDefault("path-style", "false"));
        AwsCredentialsProvider credentials = settings.containsKey("access-key")
                ? StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.get("access-key"), settings.getOrDefault("secret-key", "")))
                : DefaultCredentialsProvider.builder().build();
        S3Configuration s3 =
                S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build();
        var client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(s3);
        var presigner = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(s3);
        String endpoint = settings.get("endpoint");
        if (endpoint != null) {
            client.endpointOverride(URI.create(endpoint));
            presigner.endpointOverride(URI.create(endpoint));
        }
        S3Backend.Builder builder = S3Backend.builder(name, client.build(), bucket.trim())
                .presigner(presigner.build())
                .prefix(settings.getOrDefault("prefix", ""));
        if (settings.containsKey("multipart-threshold")) {
            builder.multipartThreshold(
                    Long.parseLong(settings.get("multipart-threshold").trim()));
        }
        if (settings.containsKey("part-size")) {
            builder.partSize(Integer.parseInt(settings.get("part-size").trim()));
        }
        return builder.build();
    }
}
