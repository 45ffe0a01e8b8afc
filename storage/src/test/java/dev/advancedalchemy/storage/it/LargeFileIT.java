package dev.advancedalchemy.storage.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file four times the JVM's maximum heap saves and reads back through the local backend. */
class LargeFileIT {
    private static final int HEAP_MIB = 32;
    private static final long SIZE = 4L * HEAP_MIB * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void fileFourTimesTheHeapStreamsThroughTheLocalBackend() throws Exception {
        ForkedJvm.Result child = ForkedJvm.run(LargeFileMain.class, HEAP_MIB, dir.toString(), Long.toString(SIZE));
        String output = child.output();
        assertThat(child.exitCode()).as(output).isZero();
        assertThat(output).contains("stored=" + SIZE);
        assertThat(Files.size(dir.resolve("big/file.bin"))).isEqualTo(SIZE);
    }
}
