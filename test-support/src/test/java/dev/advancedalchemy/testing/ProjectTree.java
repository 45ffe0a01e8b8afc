package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository around this module, for the tests that check docs and build files against the code. */
final class ProjectTree {
    private ProjectTree() {}

    /** The repository root: the parent of this module's folder, recognised by its wrapper and README. */
    static Path root() {
        Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .getParent();
        assertThat(root.resolve("mvnw")).as("project root next to test-support").exists();
        assertThat(root.resolve("README.md")).exists();
        return root;
    }

    /** Every {@code .java} file under a module's {@code src/main/java}, test-support's own excluded. */
    static List<Path> librarySources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> !m.endsWith("test-support")).toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }
}
