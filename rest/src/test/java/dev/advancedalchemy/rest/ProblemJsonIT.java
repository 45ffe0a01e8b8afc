package dev.advancedalchemy.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.exceptions.ForeignKeyException;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.filter.Filter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exception mappers and filter parameters over real HTTP: Jersey on the JDK HTTP server, on loopback. */
class ProblemJsonIT {
    private static final FilterParameters FILTERS =
            FilterParameters.builder().sortable("name").searchable("name").build();
    private static final String SECRET_SQL = "SELECT password FROM users WHERE email = 'alice@example.com'";

    private static HttpServer server;
    private static URI base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Path("things")
    public static class ThingResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String list(@Context UriInfo uri) {
            List<Filter> filters = FILTERS.parse(uri);
            return filters.stream().map(Object::toString).collect(Collectors.joining("\n"));
        }

        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException("No Thing found with id 42");
        }

        @GET
        @Path("duplicate")
        public String duplicate() {
            throw new DuplicateKeyException(
                    "A Thing with this name already exists (constraint uq_thing_name)",
                    "uq_thing_name",
                    new SQLException(SECRET_SQL));
        }

        @GET
        @Path("referenced")
        public String referenced() {
            throw new ForeignKeyException("Thing is still referenced by Part", "fk_part_thing", null);
        }

        @GET
        @Path("convert")
        public String convert() {
            throw new ConversionException("Field 'price' of Thing must be a number");
        }

        @GET
        @Path("multiple")
        public String multiple() {
            throw new MultipleResultsException("More than one Thing matched");
        }

        @GET
        @Path("repository")
        public String repository() {
            throw new RepositoryException("Query failed: " + SECRET_SQL, new SQLException(SECRET_SQL));
        }

        @GET
        @Path("boom")
        public String boom() {
            throw new IllegalStateException(SECRET_SQL);
        }

        @GET
        @Path("teapot")
        public String teapot() {
            throw new WebApplicationException(418);
        }
    }

    @BeforeAll
    static void start() {
        ResourceConfig app =
                new ResourceConfig(ThingResource.class, AlchemyExceptionMapper.class, UnexpectedExceptionMapper.class);
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asText()).isEqualTo("about:blank");
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }

    @Test
    void notFoundIs404WithTheDetailAndTheRequestPath() throws Exception {
        JsonNode body = problem(get("things/missing"), 404);
        assertThat(body.get("title").asText()).isEqualTo("Not Found");
        assertThat(body.get("detail").asText()).isEqualTo("No Thing found with id 42");
        assertThat(body.get("instance").asText()).isEqualTo("/things/missing");
        assertThat(body.get("messageId").asText()).isEqualTo(NotFoundException.ID);
    }

    @Test
    void integrityViolationsAre409WithoutTheDriverMessage() throws Exception {
        HttpResponse<String> duplicate = get("things/duplicate");
        JsonNode body = problem(duplicate, 409);
        assertThat(body.get("title").asText()).isEqualTo("Conflict");
        assertThat(body.get("messageId").asText()).isEqualTo(DuplicateKeyException.ID);
        assertThat(duplicate.body()).doesNotContain("password").doesNotContain("alice");
        assertThat(problem(get("things/referenced"), 409).get("messageId").asText())
                .isEqualTo(ForeignKeyException.ID);
    }

    @Test
    void badInputIs400NamingTheProblem() throws Exception {
        JsonNode filter = problem(get("things?pageSize=0"), 400);
        assertThat(filter.get("title").asText()).isEqualTo("Bad Request");
        assertThat(filter.get("detail").asText()).contains("'pageSize'").contains("at least 1");
        assertThat(filter.get("instance").asText()).isEqualTo("/things");
        JsonNode sort = problem(get("things?orderBy=password"), 400);
        assertThat(sort.get("detail").asText()).isEqualTo("Query parameter 'orderBy' must be one of [name]");
        JsonNode conversion = problem(get("things/convert"), 400);
        assertThat(conversion.get("messageId").asText()).isEqualTo(ConversionException.ID);
    }

    @Test
    void goodFilterParametersReachTheResource() throws Exception {
        HttpResponse<String> response = get("things?orderBy=name&sortOrder=asc&currentPage=2&pageSize=5"
                + "&searchString=100%25%20pure&searchIgnoreCase=true");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("SearchFilter[fieldNames=[name], value=100% pure, ignoreCase=true]")
                .contains("OrderBy[fieldName=name, sortOrder=ASC]")
                .contains("LimitOffset[limit=5, offset=5]");
    }

    @Test
    void otherAlchemyErrorsAre500WithTheirIdButNoDetail() throws Exception {
        HttpResponse<String> response = get("things/repository");
        JsonNode body = problem(response, 500);
        assertThat(body.get("title").asText()).isEqualTo("Internal Server Error");
        assertThat(body.get("messageId").asText()).isEqualTo(RepositoryException.ID);
        assertThat(response.body())
                .doesNotContain("SELECT")
                .doesNotContain("alice")
                .doesNotContain("Exception");
        assertThat(problem(get("things/multiple"), 500).get("detail").asText()).doesNotContain("More than one");
    }

    @Test
    void anyOtherExceptionIs500WithNoStackTraceSqlOrValue() throws Exception {
        HttpResponse<String> response = get("things/boom");
        JsonNode body = problem(response, 500);
        assertThat(body.get("messageId").asText()).isEqualTo("ALCH-1000");
        assertThat(response.body())
                .doesNotContain("SELECT")
                .doesNotContain("alice")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at dev.");
    }

    @Test
    void theRuntimesOwnErrorsKeepTheirStatus() throws Exception {
        JsonNode unknown = problem(get("no/such/path"), 404);
        assertThat(unknown.get("title").asText()).isEqualTo("Not Found");
        assertThat(unknown.get("instance").asText()).isEqualTo("/no/such/path");
        assertThat(problem(get("things/teapot"), 418).get("messageId").asText()).isEqualTo("ALCH-1000");
    }
}
