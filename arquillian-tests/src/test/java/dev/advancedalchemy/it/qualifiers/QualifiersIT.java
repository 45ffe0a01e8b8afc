package dev.advancedalchemy.it.qualifiers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Deployments;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Qualifiers on a repository interface are copied to its bean; unqualified ones are @Default. */
@ExtendWith(ArquillianExtension.class)
class QualifiersIT {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.archive(
                "qualifiers",
                Map.of(
                        "alchemy.units.main.url", "jdbc:h2:mem:q-main;DB_CLOSE_DELAY=-1",
                        "alchemy.units.second.url", "jdbc:h2:mem:q-second;DB_CLOSE_DELAY=-1"),
                PeopleRepository.class,
                CurrentPeople.class,
                ArchivedPeople.class,
                Archive.class,
                Consumer.class);
    }

    @Inject
    Consumer consumer;

    @Inject
    @Archive
    ArchivedPeople archivedByType;

    @Inject
    Instance<ArchivedPeople> unqualifiedArchived;

    @Test
    void qualifiersSelectTheRepository() {
        consumer.archived().add(new Person(7, "archived", null, 1, false));

        assertThat(consumer.current().count()).isZero();
        assertThat(consumer.archived().count()).isEqualTo(1);
        assertThat(consumer.count()).isEqualTo(2);
        assertThat(archivedByType.get(7L).getName()).isEqualTo("archived");
        assertThat(unqualifiedArchived.isResolvable())
                .as("@Archive replaces @Default")
                .isFalse();
    }
}
