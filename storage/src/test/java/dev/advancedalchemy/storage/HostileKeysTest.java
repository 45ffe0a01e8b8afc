package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.testing.HostileKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of hostile key is refused by the local and the NIO (zip) backend before any I/O. */
class HostileKeysTest {
    @TempDir
    Path tmp;

    private Path root;
    private Path outside;
    private FileSystem zip;
    private StorageBackend local;
    private StorageBackend nio;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        local = StorageBackends.local("local", root);
        zip = FileSystems.newFileSystem(
                URI.create("jar:" + tmp.resolve("files.zip").toUri()), Map.of("create", "true"));
        nio = StorageBackends.nio("zip", zip.getPath("/data"));
    }

    @AfterEach
    void closeZip() throws IOException {
        zip.close();
    }

    static Stream<Arguments> hostileKeys() {
        return HostileKeys.cases().stream().map(c -> Arguments.of(c.kind(), c.key()));
    }

    @ParameterizedTest(name = "local refuses {0}")
    @MethodSource("hostileKeys")
    void localRefuses(String kind, String key) throws IOException {
        assertRefused(local, key);
        try (Stream<Path> left = Files.walk(tmp.resolve("outside"))) {
            assertThat(left).containsExactly(outside);
        }
    }

    @ParameterizedTest(name = "nio (zip) refuses {0}")
    @MethodSource("hostileKeys")
    void nioRefuses(String kind, String key) {
        assertRefused(nio, key);
    }

    @Test
    void localRefusesASymlinkedFolderThatLeadsOutOfTheRoot() throws IOException {
        Files.createSymbolicLink(root.resolve("escape"), outside);
        assertRefused(local, "escape/x.txt");
        assertThat(outside.resolve("x.txt")).doesNotExist();
    }

    @Test
    void localRefusesASymlinkedFileThatLeadsOutOfTheRoot() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("secret.txt"), secret);
        assertThatThrownBy(() -> local.open("secret.txt")).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> local.delete("secret.txt")).isInstanceOf(StorageException.class);
        assertThat(secret).hasContent("secret");
    }

    @Test
    void localRefusesADanglingSymlink() throws IOException {
        Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("not-yet"));
        assertRefused(local, "dangling/x.txt");
        assertThat(outside.resolve("not-yet")).doesNotExist();
    }

    @Test
    void aSymlinkThatStaysInsideTheRootIsFine() throws IOException {
        Files.createDirectories(root.resolve("real"));
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        local.save("alias/x.txt", new ByteArrayInputStream(new byte[] {1}), "x", Map.of());
        assertThat(root.resolve("real/x.txt")).exists();
    }

    @Test
    void ordinaryNamesWithDotsSpacesAndUnicodeAreAccepted() {
        for (String key :
                new String[] {"a/b.c.txt", "über straße/ça va.txt", "..hidden", "x..y", "2024-01-01T10:00.png"}) {
            local.save(key, new ByteArrayInputStream(new byte[] {1, 2}), "x", Map.of());
            nio.save(key, new ByteArrayInputStream(new byte[] {1, 2}), "x", Map.of());
            assertThat(local.getContent(key)).containsExactly(1, 2);
            assertThat(nio.getContent(key)).containsExactly(1, 2);
        }
    }

    private static void assertRefused(StorageBackend backend, String key) {
        assertThatThrownBy(() -> backend.save(key, new ByteArrayInputStream(new byte[] {1}), "x", Map.of()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("ALCH-1501");
        assertThatThrownBy(() -> backend.open(key)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> backend.delete(key)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> backend.exists(key)).isInstanceOf(StorageException.class);
    }
}
