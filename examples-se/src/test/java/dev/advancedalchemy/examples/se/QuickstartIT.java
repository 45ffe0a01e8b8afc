package dev.advancedalchemy.examples.se;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the two quickstart programs as a user does, {@code java -cp target/examples-se.jar <main>}: a new JVM whose
 * class path is the jar and the run-time dependencies its manifest names (target/lib), nothing of the test class
 * path. On H2 with the shipped configuration (in-memory H2), on PostgreSQL with the database given by MicroProfile
 * Config system properties. Each program's standard output must be exactly the lines the Python programs print.
 */
class QuickstartIT {
    private static final List<String> FOUR_LINES = List.of(
            "Created 4 new objects.",
            "Selected 1 records out of a total of 1.",
            "Removed 1 records out of a total of 1.",
            "Found 3 remaining records after delete.");

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void theRepositoryProgramPrintsThePythonProgramsFourLines(TestDatabase db) throws Exception {
        assertThat(run(RepositoryExample.class, db)).isEqualTo(FOUR_LINES);
        assertRemainingRows(db);
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void theServiceProgramPrintsTheCreatedUsersThenTheFourLines(TestDatabase db) throws Exception {
        List<String> expected = new ArrayList<>();
        expected.add("[Cody, Janek, Peter, Jacob]");
        expected.addAll(FOUR_LINES);
        assertThat(run(ServiceExample.class, db)).isEqualTo(expected);
        assertRemainingRows(db);
    }

    /** The program wrote to the database it was given: its table holds the three users it did not delete. */
    private static void assertRemainingRows(TestDatabase db) throws SQLException {
        if (db.db() == Db.H2) {
            return; // the program's own in-memory database, gone with its JVM
        }
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM user_account ORDER BY name")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            assertThat(names).containsExactly("Jacob", "Janek", "Peter");
        }
    }

    /** The lines {@code main} prints on standard output; fails with its standard error if it exits non-zero. */
    private static List<String> run(Class<?> main, TestDatabase db) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("quickstart.jar", "target/examples-se.jar"));
        assertThat(jar)
                .as("run through `./mvnw verify`, which packages the jar first")
                .isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (db.db() != Db.H2) {
            // H2 runs on the default of META-INF/microprofile-config.properties, as the quickstart does
            command.add("-Dalchemy.units.users.url=" + db.jdbcUrl());
            command.add("-Dalchemy.units.users.user=" + db.user());
            command.add("-Dalchemy.units.users.password=" + db.password());
        }
        command.addAll(List.of("-cp", jar.toString(), main.getName()));
        Path stderr = Files.createTempFile(jar.getParent(), main.getSimpleName() + "-", ".stderr");
        Process child =
                new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        child.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(child.getInputStream()));
        if (!child.waitFor(2, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError(main.getSimpleName() + " did not end within 2 minutes:\n" + stdout.join());
        }
        assertThat(child.exitValue())
                .as("%s exit code; its standard error:%n%s", main.getSimpleName(), Files.readString(stderr))
                .isZero();
        return stdout.join().lines().toList();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
