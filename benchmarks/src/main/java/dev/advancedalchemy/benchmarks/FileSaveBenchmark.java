package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a 64 MiB file through the local backend ({@code save} from an {@code InputStream}: temporary file, SHA-256
 * and size while streaming, atomic rename) against {@code Files.copy} of the same stream to a path (issue 6 target:
 * at most 1.3). For reference JMH also prints {@code pathToPath} ({@code Files.copy(Path, Path)}) and
 * {@code sha256Only} (reading the source and computing the checksum the backend stores, without writing): the save
 * digests on a second thread while it writes, so it cannot be faster than the slower of the copy and the digest. Source and targets live in one temporary directory, so all sides read from the page cache and
 * write to the same file system.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class FileSaveBenchmark {
    private static final int SIZE = 64 * 1024 * 1024;

    private Path dir;
    private Path source;
    private Path copyTarget;
    private StorageBackend local;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("alchemy-file-bench");
        source = dir.resolve("source.bin");
        byte[] chunk = new byte[1024 * 1024];
        Random random = new Random(64);
        try (OutputStream out = Files.newOutputStream(source)) {
            for (int written = 0; written < SIZE; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        Path root = Files.createDirectories(dir.resolve("backend"));
        local = StorageBackends.local("bench", root);
        copyTarget = dir.resolve("copy.bin");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public StoredFile alchemy() throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return local.save("uploads/file.bin", in, "application/octet-stream", Map.of());
        }
    }

    @Benchmark
    public long baseline() throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return Files.copy(in, copyTarget, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reference: the SHA-256 alone over the same stream (the checksum the backend stores), no write. */
    @Benchmark
    public byte[] sha256Only() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(source)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
            }
        }
        return sha256.digest();
    }

    @Benchmark
    public Path pathToPath() throws IOException {
        return Files.copy(source, copyTarget, StandardCopyOption.REPLACE_EXISTING);
    }
}
