package dev.advancedalchemy.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared spec vectors ({@code shared/vectors} beside the repository) from a test.
 *
 * <p>Looks for {@code shared/vectors} in the working directory and each of its ancestors, so it works from the
 * repository root, from a module directory, and in CI (where {@code shared/} sits beside the clone). The system
 * property {@code alchemy.vectors.dir} overrides the search.
 */
public final class Vectors {
    private Vectors() {}

    /**
     * The path of one vector file.
     *
     * @param relative a path below {@code shared/vectors}, for example {@code "uuid/rfc9562-test-vectors.json"}
     * @throws IllegalStateException if the vectors directory or the file cannot be found
     */
    public static Path path(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("vector file " + file + " does not exist");
        }
        return file;
    }

    /** The {@code shared/vectors} directory. */
    public static Path dir() {
        String override = System.getProperty("alchemy.vectors.dir");
        if (override != null) {
            return Path.of(override);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find shared/vectors in " + start + " or any of its parents; "
                + "set -Dalchemy.vectors.dir=/path/to/shared/vectors");
    }
}
