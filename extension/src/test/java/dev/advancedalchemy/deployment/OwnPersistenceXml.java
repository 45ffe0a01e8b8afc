package dev.advancedalchemy.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A class loader that shows one given {@code META-INF/persistence.xml} instead of the test class path's, so that a
 * test deploys a unit (or a broken file) of its own; everything else comes from the test class path. Set it as the
 * context class loader around the container start: the extension and the persistence provider read persistence.xml
 * through it.
 */
final class OwnPersistenceXml extends ClassLoader {
    private static final String NAME = "META-INF/persistence.xml";
    private final URL file;

    private OwnPersistenceXml(URL file) {
        super(OwnPersistenceXml.class.getClassLoader());
        this.file = file;
    }

    /** Writes {@code xml} as {@code <dir>/META-INF/persistence.xml}. */
    static OwnPersistenceXml inDirectory(Path dir, String xml) {
        try {
            Path target = dir.resolve(NAME);
            Files.createDirectories(target.getParent());
            Files.writeString(target, xml);
            return new OwnPersistenceXml(target.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code xml} as {@code META-INF/persistence.xml} of the jar {@code <dir>/units.jar}. */
    static OwnPersistenceXml inJar(Path dir, String xml) {
        try {
            Path jar = dir.resolve("units.jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                out.putNextEntry(new JarEntry(NAME));
                out.write(xml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return new OwnPersistenceXml(new URL("jar:" + jar.toUri() + "!/" + NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file this loader shows. */
    URL file() {
        return file;
    }

    @Override
    public URL getResource(String name) {
        return NAME.equals(name) ? file : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return NAME.equals(name) ? Collections.enumeration(List.of(file)) : super.getResources(name);
    }

    /** Runs {@code work} with this loader as the context class loader. */
    <T> T run(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
