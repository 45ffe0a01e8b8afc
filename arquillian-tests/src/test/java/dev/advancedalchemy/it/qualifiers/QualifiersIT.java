package dev.advancedalchemy.it.qualifiers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Containers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Qualifiers on a repository interface are copied to its bean; unqualified ones are @Default. */
class QualifiersIT {
    @Test
    void qualifiersSelectTheRepository() {
        Map<String, String> config = Map.of(
                "alchemy.units.main.url", "jdbc:h2:mem:q-main;DB_CLOSE_DELAY=-1",
                "alchemy.units.second.url", "jdbc:h2:mem:q-second;DB_CLOSE_DELAY=-1");
        try (Containers.Running c =
                Containers.start(config, CurrentPeople.class, ArchivedPeople.class, Consumer.class)) {
            Consumer consumer = c.select(Consumer.class);
            consumer.archived().add(new Person(7, "archived", null, 1, false));

            assertThat(consumer.current().count()).isZero();
            assertThat(consumer.archived().count()).isEqualTo(1);
            assertThat(consumer.count()).isEqualTo(2);
            assertThat(c.select(ArchivedPeople.class, Archive.Literal.INSTANCE)
                            .get(7L)
                            .getName())
                    .isEqualTo("archived");
            assertThat(c.container().select(ArchivedPeople.class).isResolvable())
                    .isFalse();
        }
    }
}
