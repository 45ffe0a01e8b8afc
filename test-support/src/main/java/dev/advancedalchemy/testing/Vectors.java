package dev.advancedalchemy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * The spec vectors (Fernet, Argon2, RFC 9562 UUIDs, NanoID, LIKE escaping) that ship in this jar under
 * {@code vectors/}, with their origins in {@code vectors/SOURCES.md}.
 *
 * <p>They are read from the class path only, never from beside the repository, so a fresh clone runs its tests
 * with nothing else. When this module's classes are a directory (a build of test-support itself) the paths point
 * into it; when they are a jar (every other module, using the built jar) the {@code vectors/} tree is copied once
 * per JVM to a temporary directory, deleted at exit, so callers always get ordinary files ({@link Path#toFile()}
 * works).
 */
public final class Vectors {
    private static final String ROOT = "vectors";
    private static final String MARKER = ROOT + "/SOURCES.md";

    private Vectors() {}

    /**
     * The path of one vector file.
     *
     * @param relative a path below {@code vectors/}, for example {@code "uuid/rfc9562-test-vectors.json"}
     * @throws IllegalArgumentException if {@code relative} leaves the vectors directory
     * @throws IllegalStateException if the vectors are not on the class path or the file does not exist
     */
    public static Path path(String relative) {
        Path dir = dir();
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir)) {
            throw new IllegalArgumentException("vector path " + relative + " leaves the vectors directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("vector file " + relative + " does not exist in " + dir
                    + " (the vectors on the class path come from alchemy-test-support's src/main/resources/vectors)");
        }
        return file;
    }

    /** The directory holding the vectors (the class-path directory, or the JVM's extracted copy of the jar's). */
    public static Path dir() {
        return Located.DIR;
    }

    /** Locates the vectors on first use; the holder idiom keeps the one path immutable and computed once. */
    private static final class Located {
        static final Path DIR = locate(Vectors.class.getClassLoader().getResource(MARKER));
    }

    static Path locate(@Nullable URL marker) {
        if (marker == null) {
            throw new IllegalStateException(MARKER + " is not on the class path: depend on alchemy-test-support"
                    + " (test scope) and make sure its jar was built with its resources");
        }
        try {
            return switch (marker.getProtocol()) {
                case "file" -> Path.of(marker.toURI()).getParent();
                case "jar" -> extract(marker);
                default -> throw new IllegalStateException("cannot read vectors from " + marker);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vectors from " + marker, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the vectors from " + marker, e);
        }
    }

    /** Copies every {@code vectors/} entry of the jar holding {@code marker} to a new temporary directory. */
    static Path extract(URL marker) throws IOException {
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false); // our own JarFile, closed here, not the JVM-wide cached one
        Path target = Files.createTempDirectory("alchemy-vectors-");
        target.toFile().deleteOnExit();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(ROOT + "/")) {
                    continue;
                }
                Path out = target.resolve(entry.getName().substring(ROOT.length() + 1))
                        .normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("jar entry " + entry.getName() + " leaves the vectors directory");
                }
                createDirectories(target, out.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                out.toFile().deleteOnExit();
            }
        }
        return target;
    }

    /** Creates {@code dir} below {@code root}, registering each new directory for deletion before its files. */
    private static void createDirectories(Path root, Path dir) throws IOException {
        if (dir.equals(root) || Files.isDirectory(dir)) {
            return;
        }
        createDirectories(root, dir.getParent());
        Files.createDirectory(dir);
        dir.toFile().deleteOnExit();
    }
}
