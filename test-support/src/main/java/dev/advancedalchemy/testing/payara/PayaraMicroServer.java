package dev.advancedalchemy.testing.payara;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Payara Micro 6 as a separate JVM with one WAR on a free loopback port, and stops it by its process id.
 *
 * <p>Runs with {@code --nocluster --disablephonehome} so it neither forms a Hazelcast cluster nor calls home. The
 * Payara Micro jar is read from the system property {@code payara.micro.jar} (default
 * {@code target/payara/payara-micro.jar}); a module's POM copies it there with {@code maven-dependency-plugin}, see
 * {@code examples-payara/pom.xml}.
 *
 * <pre>{@code
 * try (PayaraMicroServer payara = PayaraMicroServer.start(war, "quickstart", "/users", Map.of())) {
 *     URI users = URI.create(payara.base() + "/users");
 * }
 * }</pre>
 */
public final class PayaraMicroServer implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Process process;
    private final Path log;
    private final URI base;

    private PayaraMicroServer(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Deploys {@code war} under {@code /contextRoot} with the JVM system properties {@code properties} (MicroProfile
     * Config reads them) and waits until {@code readinessPath} answers 200.
     *
     * @throws IllegalStateException if Payara exits or does not become ready in time; the message has its log tail
     */
    public static PayaraMicroServer start(
            Path war, String contextRoot, String readinessPath, Map<String, String> properties) throws Exception {
        Path jar = Path.of(System.getProperty("payara.micro.jar", "target/payara/payara-micro.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Payara Micro jar not found at " + jar + "; run through `./mvnw verify`");
        }
        int port = freePort();
        Path log = war.resolveSibling("payara-" + port + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m"));
        properties.forEach((key, value) -> cmd.add("-D" + key + "=" + value));
        cmd.addAll(List.of(
                "-jar",
                jar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                contextRoot,
                "--port",
                Integer.toString(port),
                "--nocluster",
                "--disablephonehome"));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PayaraMicroServer server =
                new PayaraMicroServer(p, log, URI.create("http://127.0.0.1:" + port + "/" + contextRoot));
        server.awaitReady(readinessPath);
        return server;
    }

    /** The application's base URI, {@code http://127.0.0.1:<port>/<contextRoot>}. */
    public URI base() {
        return base;
    }

    private void awaitReady(String readinessPath) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + readinessPath))
                .timeout(Duration.ofSeconds(30))
                .build();
        Instant deadline = Instant.now().plus(STARTUP);
        Instant deployedBy = null;
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                status =
                        http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (deployedBy == null && logText().contains(" ready in ")) {
                // Payara Micro deploys before it reports ready; the first request initialises the application.
                deployedBy = Instant.now().plusSeconds(90);
            }
            if (deployedBy != null && Instant.now().isAfter(deployedBy)) {
                close();
                throw new IllegalStateException("the application did not deploy (" + readinessPath + " answered "
                        + status + " after Payara Micro was ready):\n" + severe());
            }
            process.waitFor(1, TimeUnit.SECONDS);
        }
        close();
        throw new IllegalStateException("Payara Micro not ready after " + STARTUP + ":\n" + tail());
    }

    private String logText() throws IOException {
        return Files.readString(log, StandardCharsets.ISO_8859_1);
    }

    /** The log's SEVERE records (where a failed deployment says why), else its tail. */
    private String severe() throws IOException {
        List<String> lines = logText().lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size() && out.length() < 20_000; i++) {
            if (lines.get(i).contains("SEVERE")) {
                lines.subList(i, Math.min(lines.size(), i + 12))
                        .forEach(l -> out.append(l).append('\n'));
            }
        }
        return out.length() > 0 ? out.toString() : tail();
    }

    private String tail() throws IOException {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the server by its process id (and its child processes), forcibly after 30 seconds. */
    @Override
    public void close() throws InterruptedException {
        ProcessHandle handle = ProcessHandle.of(process.pid()).orElse(null);
        if (handle == null) {
            return;
        }
        handle.descendants().forEach(ProcessHandle::destroy);
        handle.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
