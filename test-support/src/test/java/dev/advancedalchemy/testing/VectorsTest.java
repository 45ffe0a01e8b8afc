package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorsTest {
    @Test
    void sourcesListsEveryShippedFile() throws IOException {
        Path dir = Vectors.dir();
        String sources = Files.readString(Vectors.path("SOURCES.md"));
        List<String> files;
        try (Stream<Path> tree = Files.walk(dir)) {
            files = tree.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("SOURCES.md"))
                    .toList();
        }
        assertThat(files)
                .contains("uuid/rfc9562-test-vectors.json", "fernet-invalid.json", "security/like-escaping-cases.json");
        assertThat(files).allSatisfy(name -> assertThat(sources).contains("`" + name + "`"));
    }

    @Test
    void refusesPathsOutsideTheVectors() {
        assertThatThrownBy(() -> Vectors.path("../dev/advancedalchemy/testing/Vectors.class"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vectors.path("uuid/missing.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uuid/missing.json does not exist");
    }

    @Test
    void copiesTheVectorsOutOfAJarToOrdinaryFiles(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("support.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "vectors/SOURCES.md", "# sources");
            put(out, "vectors/uuid/a.json", "{\"a\": 1}");
            put(out, "other/ignored.txt", "not a vector");
        }
        Path dir = Vectors.locate(
                URI.create("jar:" + jar.toUri() + "!/vectors/SOURCES.md").toURL());
        try {
            assertThat(dir.getFileSystem()).isEqualTo(tmp.getFileSystem());
            assertThat(dir.resolve("uuid/a.json").toFile()).hasContent("{\"a\": 1}");
            assertThat(dir.resolve("SOURCES.md")).hasContent("# sources");
            assertThat(dir.resolve("ignored.txt")).doesNotExist();
            assertThat(dir.resolve("other")).doesNotExist();
        } finally {
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void saysWhatIsMissingWhenTheVectorsAreNotOnTheClassPath() {
        assertThatThrownBy(() -> Vectors.locate(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vectors/SOURCES.md is not on the class path");
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
