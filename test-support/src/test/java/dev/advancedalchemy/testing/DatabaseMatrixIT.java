package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseMatrixIT {
    private static final List<String> seen = new ArrayList<>();
    private static final AtomicInteger created = new AtomicInteger();

    @Order(1)
    @DatabaseTest
    void connectsToItsOwnSchema(TestDatabase db) throws Exception {
        seen.add(db.db().label());
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            String current = switch (db.db()) {
                case H2 -> "SELECT DATABASE()";
                case POSTGRES -> "SELECT current_schema()";
                case MARIADB -> "SELECT DATABASE()";
            };
            try (ResultSet rs = s.executeQuery(current)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase(db.schema());
            }
            s.execute("CREATE TABLE matrix_probe (id INT PRIMARY KEY, name VARCHAR(20))");
            s.execute("INSERT INTO matrix_probe VALUES (1, 'one')");
        }
    }

    @Order(2)
    @DatabaseTest
    void keepsRowsAcrossMethodsOfOneClass(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM matrix_probe WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("one");
        }
    }

    @Order(3)
    @DatabaseTest
    void sharesResourcesPerClassAndDatabase(TestDatabase db) {
        Object first = db.shared("thing", () -> {
            created.incrementAndGet();
            return new Object();
        });
        assertThat(db.shared("thing", Object::new)).isSameAs(first);
        assertThat(db.jpaProperties())
                .containsEntry("jakarta.persistence.jdbc.url", db.jdbcUrl())
                .containsEntry("jakarta.persistence.jdbc.driver", db.driverClassName());
    }

    @Order(4)
    @Test
    void findsTheVectorsOnTheClassPath() throws Exception {
        JsonNode uuids = new ObjectMapper()
                .readTree(Vectors.path("uuid/rfc9562-test-vectors.json").toFile());
        List<Integer> versions = new ArrayList<>();
        uuids.get("vectors").forEach(v -> versions.add(v.get("version").asInt()));
        // RFC 9562 Appendix A: one vector each for versions 1, 3, 4, 5, 6 and 7
        assertThat(versions).containsExactly(1, 3, 4, 5, 6, 7);
        assertThat(uuids.get("vectors").get(0).get("uuid").asText()).isEqualTo("c232ab00-9414-11ec-b3c8-9f6bdeced846");
        assertThat(Vectors.dir())
                .isDirectory()
                .isEqualTo(Vectors.path("SOURCES.md").getParent());
    }

    @AfterAll
    static void everySelectedDatabaseRan() {
        // An unreachable database fails its invocations and one left out on request is skipped, so the bodies that
        // ran are exactly the selected databases, in matrix order.
        List<String> selected = DatabaseSelection.fromEnvironment().included().stream()
                .map(Db::label)
                .toList();
        assertThat(seen).containsExactlyElementsOf(selected);
        assertThat(created.get()).isEqualTo(seen.size());
    }
}
