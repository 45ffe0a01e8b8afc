package dev.advancedalchemy.storage.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx" + HEAP_MIB + "m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeFileMain.class.getName(),
                        dir.toString(),
                        Long.toString(SIZE)))
                .redirectErrorStream(true)
                .start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("stored=" + SIZE);
        assertThat(Files.size(dir.resolve("big/file.bin"))).isEqualTo(SIZE);
    }
}
