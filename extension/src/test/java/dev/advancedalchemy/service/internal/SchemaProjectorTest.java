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
}
