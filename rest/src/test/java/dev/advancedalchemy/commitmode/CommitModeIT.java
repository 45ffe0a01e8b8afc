package dev.advancedalchemy.commitmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.rest.AlchemyExceptionMapper;
import dev.advancedalchemy.rest.CommitModeFilter;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.cdi.SeContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Commit modes end to end: Weld SE with the extension (RESOURCE_LOCAL unit), Jersey on the JDK HTTP server on
 * loopback with {@link CommitModeFilter} and {@link AlchemyExceptionMapper} (deliberately not the catch-all
 * UnexpectedExceptionMapper, so one exception stays unmapped); what was committed is read back over JDBC.
 */
class CommitModeIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final AtomicLong ids = new AtomicLong();

    /** A running application: container plus HTTP server. */
    private record App(SeContainer container, HttpServer server, URI base) implements AutoCloseable {
        static App start(TestDatabase db, String mode) {
            Map<String, String> config = SeContainer.unitOn(db);
            config.put("alchemy.units." + SeContainer.UNIT + ".commit-mode", mode);
            SeContainer container = SeContainer.start(config, NoteRepository.class, NoteService.class);
            try {
                ResourceConfig rest =
                        new ResourceConfig(NoteResource.class, CommitModeFilter.class, AlchemyExceptionMapper.class);
                HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), rest);
                return new App(
                        container,
                        server,
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
            } catch (RuntimeException e) {
                container.close();
                throw e;
            }
        }

        int post(long id, String endpoint) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("notes/" + id + "/" + endpoint))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        @Override
        public void close() {
            try {
                server.stop(0);
            } finally {
                container.close();
            }
        }
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void autocommitCommits2xxAndRollsBackEverythingElse(TestDatabase db) throws Exception {
        try (App app = App.start(db, "autocommit")) {
            assertOutcome(db, app, "created", 201, true);
            assertOutcome(db, app, "bad-request", 400, false);
            assertOutcome(db, app, "server-error", 503, false);
            assertOutcome(db, app, "mapped-exception", 404, false);
            assertOutcome(db, app, "redirect", 303, false);
            // the @Transactional(REQUIRED) service joined the request transaction: the 400 undoes its write too
            assertOutcome(db, app, "service-then-bad-request", 400, false);
            // the joined method marked the transaction rollback-only: the commit fails, the 201 becomes a 500
            assertOutcome(db, app, "swallowed-service-failure", 500, false);
            assertUnmappedExceptionNeverCommits(db, app);
        }
    }

    @DatabaseTest(only = Db.H2)
    void includeRedirectAlsoCommits3xx(TestDatabase db) throws Exception {
        try (App app = App.start(db, "autocommit-include-redirect")) {
            assertOutcome(db, app, "redirect", 303, true);
            assertOutcome(db, app, "created", 201, true);
            assertOutcome(db, app, "bad-request", 400, false);
            assertOutcome(db, app, "server-error", 503, false);
            assertOutcome(db, app, "mapped-exception", 404, false);
            assertUnmappedExceptionNeverCommits(db, app);
        }
    }

    @DatabaseTest(only = Db.H2)
    void manualLeavesTheCallerInControl(TestDatabase db) throws Exception {
        try (App app = App.start(db, "manual")) {
            // no request transaction: each repository call (and the @Transactional service) commits on its own,
            // whatever the response says
            assertOutcome(db, app, "bad-request", 400, true);
            assertOutcome(db, app, "server-error", 503, true);
            assertOutcome(db, app, "mapped-exception", 404, true);
            assertOutcome(db, app, "service-then-bad-request", 400, true);
            assertOutcome(db, app, "created", 201, true);
        }
    }

    @DatabaseTest(only = Db.H2)
    void anUnknownModeFailsStartupNamingKeyValueAndChoices(TestDatabase db) {
        Map<String, String> config = SeContainer.unitOn(db);
        config.put("alchemy.units.txunit.commit-mode", "always");
        assertThatThrownBy(() -> SeContainer.start(config, NoteRepository.class).close())
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessage(
                        "ALCH-1300: alchemy.units.txunit.commit-mode = 'always' is not a commit mode; use one of: manual,"
                                + " autocommit, autocommit-include-redirect");
    }

    private void assertOutcome(TestDatabase db, App app, String endpoint, int status, boolean committed)
            throws Exception {
        long id = ids.incrementAndGet();
        assertThat(app.post(id, endpoint)).as(endpoint + " status").isEqualTo(status);
        assertThat(exists(db, id)).as(endpoint + " committed").isEqualTo(committed);
    }

    // Jersey 3.1 answers an exception no mapper handles through its default exception mapper (500) and runs the
    // response filters: the write is rolled back, and the next request on the thread starts clean.
    private void assertUnmappedExceptionNeverCommits(TestDatabase db, App app) throws Exception {
        long id = ids.incrementAndGet();
        assertThat(app.post(id, "unmapped-exception")).isEqualTo(500);
        assertThat(exists(db, id)).as("unmapped exception committed").isFalse();
        long next = ids.incrementAndGet();
        assertThat(app.post(next, "created")).isEqualTo(201);
        assertThat(exists(db, next)).as("the next request commits on its own").isTrue();
        assertThat(exists(db, id)).as("unmapped exception committed later").isFalse();
    }

    private static boolean exists(TestDatabase db, long id) throws Exception {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM cm_note WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }
}
