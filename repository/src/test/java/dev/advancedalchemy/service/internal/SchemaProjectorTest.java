package dev.advancedalchemy.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.service.RepositoryService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaProjectorTest {
    /** An entity-like graph with a back-reference, as JPA bidirectional relationships have. */
    static class Node {
        private final String name;
        private final Instant createdAt = Instant.parse("2024-01-31T12:00:00Z");
        private Node parent;
        private final List<Node> children = new ArrayList<>();
        private int secretCalls;

        Node(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public String getSecret() {
            secretCalls++;
            return "never read";
        }

        Node add(Node child) {
            child.parent = this;
            children.add(child);
            return this;
        }
    }

    record Leaf(String name, Instant createdAt) {}

    record Tree(String name, List<Leaf> children) {}

    record Looping(String name, Looping parent, List<Looping> children) {}

    /** A flat schema whose every component is a plain value: projected without a Jackson round trip. */
    record Flat(String name, Instant createdAt, int size) {}

    /** A node whose values can be missing or fail to read. */
    static class Row {
        String name = "row";
        Instant createdAt;
        Integer size = 3;
        boolean failing;

        public String getName() {
            if (failing) {
                throw new IllegalStateException("boom");
            }
            return name;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public Integer getSize() {
            return size;
        }
    }

    private final SchemaProjector projector = new SchemaProjector(RepositoryService.defaultObjectMapper());

    @Test
    void readsOnlyWhatTheSchemaDeclaresSoBackReferencesDoNotLoop() {
        Node root = new Node("root").add(new Node("a")).add(new Node("b"));

        Tree tree = projector.project(root, Tree.class);

        assertThat(tree)
                .isEqualTo(new Tree(
                        "root",
                        List.of(
                                new Leaf("a", Instant.parse("2024-01-31T12:00:00Z")),
                                new Leaf("b", Instant.parse("2024-01-31T12:00:00Z")))));
        assertThat(root.secretCalls)
                .as("a property the schema does not name is never read")
                .isZero();
    }

    @Test
    void aSchemaThatFollowsACycleIsStoppedWithAClearError() {
        Node root = new Node("root");
        Node child = new Node("child");
        root.add(child);

        assertThatThrownBy(() -> projector.project(child, Looping.class))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("nests more than 32 levels");
    }

    @Test
    void flatRecordsGetTheEntityValuesAndMissingOnesAsNull() {
        Row row = new Row();
        row.createdAt = Instant.parse("2024-01-31T12:00:00Z");

        assertThat(projector.project(row, Flat.class))
                .isEqualTo(new Flat("row", Instant.parse("2024-01-31T12:00:00Z"), 3));

        row.createdAt = null;
        row.name = "second";
        assertThat(projector.project(row, Flat.class)).isEqualTo(new Flat("second", null, 3));

        row.size = null;
        assertThat(projector.project(row, Flat.class))
                .as("a null for a primitive component is Jackson's default, as before")
                .isEqualTo(new Flat("second", null, 0));
    }

    @Test
    void aFailingGetterNamesTheProperty() {
        Row row = new Row();
        row.failing = true;

        assertThatThrownBy(() -> projector.project(row, Flat.class))
                .isInstanceOf(ConversionException.class)
                .hasMessageEndingWith("Reading Row.name failed")
                .hasRootCauseMessage("boom");
    }

    @Test
    void aNamingStrategyStillMapsTheSchemaProperties() {
        SchemaProjector snake = new SchemaProjector(RepositoryService.defaultObjectMapper()
                .copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
        Row row = new Row();
        row.createdAt = Instant.parse("2024-01-31T12:00:00Z");

        assertThat(snake.project(row, Flat.class)).isEqualTo(new Flat("row", Instant.parse("2024-01-31T12:00:00Z"), 3));
    }
}
