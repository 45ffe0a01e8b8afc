package dev.advancedalchemy.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResourceTest {
    @Test
    void createdAuthorIsListed() {
        given().contentType("application/json")
                .body("{\"name\":\"Agatha Christie\",\"dob\":\"1890-09-15\",\"books\":[{\"title\":\"Poirot\"}]}")
                .post("/authors")
                .then()
                .log()
                .all()
                .statusCode(201);
        given().get("/authors").then().log().all().statusCode(200).body("items.name", hasItem("Agatha Christie"));
    }
}
