package dev.advancedalchemy.examples.quickstart.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quickstart over HTTP: users created with {@code POST /users} are listed by {@code GET /users}. */
@QuarkusTest
class UserResourceTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void createsUsersAndListsThemByEmail() {
        for (String name : new String[] {"Peter", "Cody"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", name.toLowerCase() + "@litestar.dev", "name", name))
                    .when()
                    .post("/users")
                    .then()
                    .statusCode(200)
                    .body("id", matchesPattern(UUID))
                    .body("name", equalTo(name));
        }
        given().when()
                .get("/users")
                .then()
                .statusCode(200)
                .body("email", contains("cody@litestar.dev", "peter@litestar.dev"))
                .body("name", contains("Cody", "Peter"))
                .body("id", contains(matchesPattern(UUID), matchesPattern(UUID)));
    }
}
