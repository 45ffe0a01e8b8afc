package dev.advancedalchemy.it.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Deployments;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A unit with an application EntityManager bean uses that bean, not an entity manager factory of its own. */
@ExtendWith(ArquillianExtension.class)
class ProducerIT {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.archive("producer", Map.of(), Staff.class, EntityManagers.class);
    }

    @Inject
    Staff staff;

    @Inject
    EntityManagers ems;

    @Test
    void repositoriesUseTheApplicationsEntityManager() {
        staff.add(new Person(1, "Ada", null, 36, true));
        staff.add(new Person(2, "Bob", null, 40, false));
        assertThat(staff.countByActiveTrue()).isEqualTo(1);
        assertThat(ems.produced()).isGreaterThanOrEqualTo(3);
        // every entity manager opened for a per-call transaction was handed back to its disposer
        assertThat(ems.disposed()).isGreaterThanOrEqualTo(3);
    }
}
