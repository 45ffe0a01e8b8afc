package dev.advancedalchemy.jta;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.rest.AlchemyExceptionMapper;
import dev.advancedalchemy.rest.CommitModeFilter;
import dev.advancedalchemy.testing.cdi.SeContainer;
import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JTA path of the commit modes with a real transaction manager (Narayana) on Weld SE and Jersey on loopback:
 * the filter begins and ends the JTA transaction through the UserTransaction bean; the outcome is observed through
 * TransactionHooks, which registers with the JTA TransactionSynchronizationRegistry. (Database effects under JTA
 * are covered by the Quarkus and Payara examples.)
 */
@Tag("jta")
class JtaCommitModeIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private static SeContainer container;
    private static HttpServer server;
    private static URI base;

    @Path("jta/{status}")
    public static class HookResource {
        @POST
        public Response respond(@PathParam("status") int status) throws Exception {
            UserTransaction ut = CDI.current().select(UserTransaction.class).get();
            EVENTS.add(ut.getStatus() == Status.STATUS_ACTIVE ? "active" : "no transaction");
            TransactionHooks hooks = TransactionHooks.current();
            hooks.afterCommit(() -> EVENTS.add("committed"));
            hooks.afterRollback(() -> EVENTS.add("rolled back"));
            if (status == 404) {
                throw new NotFoundException("No Thing found with id 1");
            }
            return status == 303
                    ? Response.seeOther(URI.create("/elsewhere")).build()
                    : Response.status(status).build();
        }
    }

    @BeforeAll
    static void start() {
        container = SeContainer.start(Map.of("alchemy.units.txunit.commit-mode", "autocommit"), Narayana.class);
        server = JdkHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(HookResource.class, CommitModeFilter.class, AlchemyExceptionMapper.class));
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        container.close();
    }

    @BeforeEach
    void clear() {
        EVENTS.clear();
    }

    @Test
    void aSuccessfulResponseCommitsTheJtaTransaction() throws Exception {
        assertThat(post(201)).isEqualTo(201);
        assertThat(EVENTS).containsExactly("active", "committed");
    }

    @Test
    void errorStatusesMappedExceptionsAndRedirectsRollItBack() throws Exception {
        assertThat(post(400)).isEqualTo(400);
        assertThat(post(500)).isEqualTo(500);
        assertThat(post(404)).isEqualTo(404); // NotFoundException through AlchemyExceptionMapper
        assertThat(post(303)).isEqualTo(303);
        assertThat(EVENTS)
                .containsExactly(
                        "active",
                        "rolled back",
                        "active",
                        "rolled back",
                        "active",
                        "rolled back",
                        "active",
                        "rolled back");
    }

    @Test
    void theRequestThreadHasNoTransactionLeftAfterwards() throws Exception {
        assertThat(post(200)).isEqualTo(200);
        assertThat(post(200)).isEqualTo(200);
        // a transaction left associated with the thread would make the second request join it (no new "committed")
        assertThat(EVENTS).containsExactly("active", "committed", "active", "committed");
    }

    private static int post(int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("jta/" + status))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
