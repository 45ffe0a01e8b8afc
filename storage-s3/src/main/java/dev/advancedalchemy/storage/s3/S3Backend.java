package dev.advancedalchemy.storage.s3;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.storage.spi.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Files as objects in an S3 bucket, under a key prefix.
 *
 * <pre>{@code
 * S3Backend media = S3Backend.builder("media", s3Client, "my-bucket")
 *         .prefix("uploads/").presigner(presigner).multipartThreshold(16 * 1024 * 1024).build();
 * StorageRegistry.getDefault().register(media);
 * URI download = FileObject.of("media", "a.pdf").sign(Duration.ofMinutes(10), false);
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Keys are checked with {@link StorageBackends#checkKey} and always stored as {@code prefix + key}, so no key
 *       reaches outside the prefix.
 *   <li>Content up to the multipart threshold is sent in one PUT; larger content is sent as a multipart upload,
 *       one part in memory at a time (aborted if anything fails). The SHA-256 checksum is computed while streaming.
 *   <li>Content type and metadata become object metadata ({@code Content-Type}, {@code x-amz-meta-*}).
 *   <li>{@link #sign} returns presigned GET or PUT URLs when a presigner was given.
 * </ul>
 */
public final class S3Backend implements StorageBackend {
    /** S3's smallest allowed part (except the last). */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final String key;
    private final S3Client client;
    private final @Nullable S3Presigner presigner;
    private final String bucket;
    private final String prefix;
    private final long multipartThreshold;
    private final int partSize;

    private S3Backend(Builder b) {
        this.key = b.key;
        this.client = b.client;
        this.presigner = b.presigner;
        this.bucket = b.bucket;
        this.prefix = b.prefix;
        this.multipartThreshold = b.multipartThreshold;
        this.partSize = b.partSize;
    }

    /** Starts a backend registered as {@code key} over {@code bucket}. */
    public static Builder builder(String key, S3Client client, String bucket) {
        return new Builder(key, client, bucket);
    }

    @Override
    public String key() {
        return key;
    }

    /** The object key a storage key maps to: the prefix plus the checked key. */
    public String objectKey(String path) {
        StorageBackends.checkKey(path);
        return prefix + path;
    }

    @Override
    public StoredFile save(String path, InputStream data, String contentType, Map<String, Object> metadata) {
        String objectKey = objectKey(path);
        Map<String, String> meta = new LinkedHashMap<>();
        metadata.forEach((k, v) -> meta.put(k, String.valueOf(v)));
        MessageDigest digest = Checksums.newDigest();
        try {
            byte[] first = data.readNBytes((int) Math.min(multipartThreshold + 1, Integer.MAX_VALUE - 8));
            digest.update(first);
            String etag;
            String versionId;
            long size;
            if (first.length <= multipartThreshold) {
                var response = client.putObject(
                        r -> r.bucket(bucket)
                                .key(objectKey)
                                .contentType(contentType)
                                .metadata(meta),
                        RequestBody.fromBytes(first));
                etag = response.eTag();
                versionId = response.versionId();
                size = first.length;
            } else {
                var upload = new Multipart(objectKey, contentType, meta);
                size = upload.send(first, data, digest);
                etag = upload.etag;
                versionId = upload.versionId;
            }
            HeadObjectResponse head = client.headObject(r -> r.bucket(bucket).key(objectKey));
            return new StoredFile(path, size, Checksums.hex(digest), etag, versionId, head.lastModified());
        } catch (IOException | SdkException e) {
            throw new StorageException("backend '" + key + "': could not write '" + path + "' to bucket " + bucket, e);
        }
    }

    /** One multipart upload: parts of {@code partSize} read one at a time; aborted on any failure. */
    private final class Multipart {
        private final String objectKey;
        private final String uploadId;
        private @Nullable String etag;
        private @Nullable String versionId;

        Multipart(String objectKey, String contentType, Map<String, String> meta) {
            this.objectKey = objectKey;
            this.uploadId = client.createMultipartUpload(r -> r.bucket(bucket)
                            .key(objectKey)
                            .contentType(contentType)
                            .metadata(meta))
                    .uploadId();
        }

        long send(byte[] first, InputStream rest, MessageDigest digest) throws IOException {
            try {
                List<CompletedPart> parts = new ArrayList<>();
                long size = 0;
                byte[] pending = first;
                int offset = 0;
                while (true) {
                    // fill one part from what was read ahead, then from the stream
                    byte[] part = new byte[partSize];
                    int filled = Math.min(partSize, pending.length - offset);
                    System.arraycopy(pending, offset, part, 0, filled);
                    offset += filled;
                    if (filled < partSize) {
                        int more = rest.readNBytes(part, filled, partSize - filled);
                        digest.update(part, filled, more);
                        filled += more;
                    }
                    if (filled == 0) {
                        break;
                    }
                    int number = parts.size() + 1;
                    byte[] body = filled == partSize ? part : java.util.Arrays.copyOf(part, filled);
                    String partEtag = client.uploadPart(
                                    r -> r.bucket(bucket)
                                            .key(objectKey)
                                            .uploadId(uploadId)
                                            .partNumber(number),
                                    RequestBody.fromBytes(body))
                            .eTag();
                    parts.add(CompletedPart.builder()
                            .partNumber(number)
                            .eTag(partEtag)
                            .build());
                    size += filled;
                    if (filled < partSize) {
                        break;
                    }
                }
                var done = client.completeMultipartUpload(
                        r -> r.bucket(bucket).key(objectKey).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
                etag = done.eTag();
                versionId = done.versionId();
                return size;
            } catch (IOException | RuntimeException e) {
                try {
                    client.abortMultipartUpload(
                            r -> r.bucket(bucket).key(objectKey).uploadId(uploadId));
                } catch (SdkException abortFailed) {
                    e.addSuppressed(abortFailed);
                }
                throw e;
            }
        }
    }

    @Override
    public InputStream open(String path) {
        String objectKey = objectKey(path);
        try {
            return client.getObject(r -> r.bucket(bucket).key(objectKey));
        } catch (NoSuchKeyException e) {
            throw new StorageException("ALCH-1502", "backend '" + key + "' has no file '" + path + "'", e);
        } catch (SdkException e) {
            throw new StorageException("backend '" + key + "': could not open '" + path + "'", e);
        }
    }

    @Override
    public void delete(String path) {
        String objectKey = objectKey(path);
        try {
            client.deleteObject(r -> r.bucket(bucket).key(objectKey));
        } catch (SdkException e) {
            throw new StorageException("backend '" + key + "': could not delete '" + path + "'", e);
        }
    }

    @Override
    public boolean exists(String path) {
        String objectKey = objectKey(path);
        try {
            client.headObject(r -> r.bucket(bucket).key(objectKey));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new StorageException("backend '" + key + "': could not check '" + path + "'", e);
        }
    }

    /**
     * @throws StorageException if no presigner was configured, or {@code expiresIn} is not positive
     */
    @Override
    public URI sign(String path, Duration expiresIn, boolean forUpload) {
        String objectKey = objectKey(path);
        if (presigner == null) {
            throw new StorageException("backend '" + key + "' has no S3Presigner; pass one to S3Backend.builder()"
                    + ".presigner(...) to sign URLs");
        }
        if (expiresIn.isZero() || expiresIn.isNegative()) {
            throw new StorageException("a signed URL needs a positive expiry, got " + expiresIn);
        }
        try {
            var url = forUpload
                    ? presigner
                            .presignPutObject(r -> r.signatureDuration(expiresIn)
                                    .putObjectRequest(p -> p.bucket(bucket).key(objectKey)))
                            .url()
                    : presigner
                            .presignGetObject(r -> r.signatureDuration(expiresIn)
                                    .getObjectRequest(g -> g.bucket(bucket).key(objectKey)))
                            .url();
            return url.toURI();
        } catch (java.net.URISyntaxException | SdkException e) {
            throw new StorageException("backend '" + key + "': could not sign '" + path + "'", e);
        }
    }

    /** Settings of an {@link S3Backend}. */
    public static final class Builder {
        private final String key;
        private final S3Client client;
        private final String bucket;
        private @Nullable S3Presigner presigner;
        private String prefix = "";
        private long multipartThreshold = 16L * 1024 * 1024;
        private int partSize = 8 * 1024 * 1024;

        private Builder(String key, S3Client client, String bucket) {
            this.key = Objects.requireNonNull(key, "key");
            this.client = Objects.requireNonNull(client, "client");
            this.bucket = Objects.requireNonNull(bucket, "bucket");
        }

        /**
         * Keeps every object under {@code prefix} ({@code "uploads/"}); a missing trailing {@code /} is added.
         *
         * @throws StorageException if the prefix itself is not a valid key
         */
        public Builder prefix(String prefix) {
            String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            if (!p.isEmpty()) {
                StorageBackends.checkKey(p);
            }
            this.prefix = p.isEmpty() ? "" : p + "/";
            return this;
        }

        /** The presigner used by {@link S3Backend#sign}. */
        public Builder presigner(S3Presigner presigner) {
            this.presigner = presigner;
            return this;
        }

        /** Content larger than this many bytes is sent as a multipart upload (default 16 MiB). */
        public Builder multipartThreshold(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("multipart threshold must be positive, got " + bytes);
            }
            this.multipartThreshold = bytes;
            return this;
        }

        /**
         * Size of each multipart part (default 8 MiB, at least 5 MiB as S3 requires).
         *
         * @throws IllegalArgumentException if below {@link #MIN_PART_SIZE}
         */
        public Builder partSize(int bytes) {
            if (bytes < MIN_PART_SIZE) {
                throw new IllegalArgumentException("S3 parts must be at least 5 MiB, got " + bytes);
            }
            this.partSize = bytes;
            return this;
        }

        public S3Backend build() {
            return new S3Backend(this);
        }
    }
}
