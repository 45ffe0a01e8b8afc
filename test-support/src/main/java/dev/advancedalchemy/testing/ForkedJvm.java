package dev.advancedalchemy.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} class in a new JVM with a small heap and this JVM's class path, for tests that must prove a
 * code path streams instead of buffering (content several times larger than the child's heap).
 *
 * <pre>{@code
 * ForkedJvm.Result run = ForkedJvm.run(LargeFileMain.class, 32, dir.toString(), Long.toString(size));
 * assertThat(run.exitCode()).as(run.output()).isZero();
 * }</pre>
 */
public final class ForkedJvm {
    private static final long TIMEOUT_MINUTES = 5;

    /** The child's exit code and its standard output and error, interleaved. */
    public record Result(int exitCode, String output) {}

    private ForkedJvm() {}

    /**
     * Runs {@code main} with {@code -Xmx<heapMib>m} and waits for it to end (at most five minutes).
     *
     * @throws IllegalStateException if the child is still running after the timeout (it is then killed)
     */
    public static Result run(Class<?> main, int heapMib, String... args) throws IOException, InterruptedException {
        return runOnClassPath(System.getProperty("java.class.path"), main, heapMib, args);
    }

    /**
     * Runs {@code main} like {@link #run} but on the given class path, for tests that prove how the code behaves
     * without an optional dependency.
     *
     * <pre>{@code
     * String withoutArgon2 = ForkedJvm.classPathWithout("argon2-jvm");
     * ForkedJvm.Result run = ForkedJvm.runOnClassPath(withoutArgon2, HashMain.class, 64);
     * }</pre>
     *
     * @throws IllegalStateException if the child is still running after the timeout (it is then killed)
     */
    public static Result runOnClassPath(String classPath, Class<?> main, int heapMib, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMib + "m",
                "-cp",
                classPath,
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        // read the output while the child runs, so a chatty child never blocks on a full pipe
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(child));
        if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            throw new IllegalStateException(
                    main.getSimpleName() + " did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + output.join());
        }
        return new Result(child.exitValue(), output.join());
    }

    /**
     * This JVM's class path without the entries whose file name starts with {@code jarNamePrefix}.
     *
     * @throws IllegalArgumentException if no entry matches, so a renamed jar cannot make a test pass vacuously
     */
    public static String classPathWithout(String jarNamePrefix) {
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(jarNamePrefix)) {
                removed = true;
            } else {
                kept.add(entry);
            }
        }
        if (!removed) {
            throw new IllegalArgumentException("no class path entry starts with '" + jarNamePrefix + "'");
        }
        return String.join(File.pathSeparator, kept);
    }

    private static String read(Process child) {
        try (var in = child.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
