package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.StorageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBackendTest {
    @TempDir
    Path root;

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void savesWithChecksumSizeAndEtagAndReadsBack() throws Exception {
        StorageBackend local = StorageBackends.local("local", root);
        StoredFile stored = local.save("docs/a.txt", in("hello world"), "text/plain", Map.of());
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest("hello world".getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.size()).isEqualTo(11);
        assertThat(stored.checksum()).isEqualTo(sha256);
        assertThat(stored.etag()).isEqualTo('"' + sha256 + '"');
        assertThat(stored.lastModified())
                .isEqualTo(Files.getLastModifiedTime(root.resolve("docs/a.txt")).toInstant());
        assertThat(root.resolve("docs/a.txt")).hasContent("hello world");
        assertThat(new String(local.getContent("docs/a.txt"), StandardCharsets.UTF_8))
                .isEqualTo("hello world");
        assertThat(local.exists("docs/a.txt")).isTrue();
        local.delete("docs/a.txt");
        assertThat(local.exists("docs/a.txt")).isFalse();
        local.delete("docs/a.txt"); // absent: not an error
    }

    @Test
    void aFailingStreamLeavesThePreviousContentAndNoTemporaryFile() throws IOException {
        StorageBackend local = StorageBackends.local("local", root);
        local.save("a.txt", in("old"), "text/plain", Map.of());
        InputStream broken = new SequenceInputStream(in("new partial"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        assertThatThrownBy(() -> local.save("a.txt", broken, "text/plain", Map.of()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not write 'a.txt'");
        assertThat(root.resolve("a.txt")).hasContent("old");
        try (var files = Files.list(root)) {
            assertThat(files).containsExactly(root.resolve("a.txt"));
        }
    }

    @Test
    void openingAMissingFileNamesIt() {
        StorageBackend local = StorageBackends.local("local", root);
        assertThatThrownBy(() -> local.open("missing.txt"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("ALCH-1502")
                .hasMessageContaining("'missing.txt'");
    }

    @Test
    void fileSystemsCannotSignUrls() {
        StorageBackend local = StorageBackends.local("local", root);
        assertThatThrownBy(() -> local.sign("a.txt", Duration.ofMinutes(5), false))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot sign URLs");
    }

    @Test
    void memoryBackendBehavesLikeTheFileSystem() {
        StorageBackend memory = StorageBackends.memory("mem");
        StoredFile stored = memory.save("x/y.bin", in("abc"), "application/octet-stream", Map.of());
        assertThat(stored.size()).isEqualTo(3);
        assertThat(memory.getContent("x/y.bin")).containsExactly('a', 'b', 'c');
        memory.delete("x/y.bin");
        assertThat(memory.exists("x/y.bin")).isFalse();
        assertThatThrownBy(() -> memory.save("../y", in("a"), "x", Map.of())).isInstanceOf(StorageException.class);
    }
}
