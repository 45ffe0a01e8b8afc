package dev.advancedalchemy.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.ForkedJvm;
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
            ForkedJvm.Result child =
                    ForkedJvm.run(LargeS3FileMain.class, HEAP_MIB, s3mock.endpoint.toString(), Long.toString(SIZE));
            String output = child.output();
            assertThat(child.exitCode()).as(output).isZero();
            assertThat(output).contains("maxHeap=").contains("stored=" + SIZE).contains("read=" + SIZE);
            assertThat(client.headObject(r -> r.bucket(S3MockServer.BUCKET).key("large/big.bin"))
                            .contentLength())
                    .isEqualTo(SIZE);
        }
    }
}
