package dev.advancedalchemy.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A file four times the JVM's maximum heap saves and reads back through the S3 backend: the client runs in a
 * forked JVM with {@value #HEAP_MIB} MiB of heap, S3Mock in this one.
 */
class LargeS3FileIT {
    private static final int HEAP_MIB = 64;
    private static final long SIZE = 4L * HEAP_MIB * 1024 * 1024;

    @Test
    void fileFourTimesTheHeapStreamsThroughTheS3Backend() throws Exception {
        try (S3MockServer s3mock = S3MockServer.start();
                var client = S3MockServer.client(s3mock.endpoint)) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xmx" + HEAP_MIB + "m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            LargeS3FileMain.class.getName(),
                            s3mock.endpoint.toString(),
                            Long.toString(SIZE)))
                    .redirectErrorStream(true)
                    .start();
            // read the output while the child runs, so a chatty child never blocks on a full pipe
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("maxHeap=").contains("stored=" + SIZE).contains("read=" + SIZE);
            assertThat(client.headObject(r -> r.bucket(S3MockServer.BUCKET).key("large/big.bin"))
                            .contentLength())
                    .isEqualTo(SIZE);
        }
    }
}
