package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.StorageException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageRegistryTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownNameIsAnErrorNamingTheRegisteredOnes() {
        StorageRegistry registry =
                StorageRegistry.create().register(StorageBackends.memory("b")).register(StorageBackends.memory("a"));
        assertThatThrownBy(() -> registry.backend("s3"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("ALCH-1504")
                .hasMessageContaining("'s3'")
                .hasMessageContaining("[a, b]");
    }

    @Test
    void backendsComeFromConfigurationProperties() {
        URI zip = URI.create("jar:" + dir.resolve("archive.zip").toUri());
        StorageRegistry registry = StorageRegistry.fromConfig(Map.of(
                "alchemy.storage.files.type", "local",
                "alchemy.storage.files.root", dir.resolve("files").toString(),
                "alchemy.storage.scratch.type", "memory",
                "alchemy.storage.archive.type", "nio",
                "alchemy.storage.archive.uri", zip.toString(),
                "alchemy.storage.archive.root", "/kept",
                "alchemy.units.users.url", "ignored"));
        assertThat(registry.keys()).containsExactly("archive", "files", "scratch");
        registry.backend("files").save("a.txt", new ByteArrayInputStream(new byte[] {7}), "text/plain", Map.of());
        assertThat(dir.resolve("files/a.txt")).exists();
        registry.backend("archive").save("a.txt", new ByteArrayInputStream(new byte[] {8}), "text/plain", Map.of());
        assertThat(registry.backend("archive").getContent("a.txt")).containsExactly(8);
    }

    @Test
    void configurationErrorsNameTheProperty() {
        assertThatThrownBy(() -> StorageRegistry.fromConfig(Map.of("alchemy.storage.x.type", "ftp")))
                .hasMessageContaining("alchemy.storage.x.type=ftp is unknown")
                .hasMessageContaining("[local, memory, nio]");
        assertThatThrownBy(() -> StorageRegistry.fromConfig(Map.of("alchemy.storage.x.type", "local")))
                .hasMessageContaining("needs alchemy.storage.x.root");
        assertThatThrownBy(() -> StorageRegistry.fromConfig(Map.of("alchemy.storage.x.root", "/tmp")))
                .hasMessageContaining("no alchemy.storage.x.type");
    }

    @Test
    void microProfileConfigIsReadThroughSmallRye() {
        System.setProperty("alchemy.storage.mpcfg.type", "memory");
        try {
            assertThat(StorageRegistry.fromMicroProfileConfig().keys()).contains("mpcfg");
        } finally {
            System.clearProperty("alchemy.storage.mpcfg.type");
        }
    }
}
