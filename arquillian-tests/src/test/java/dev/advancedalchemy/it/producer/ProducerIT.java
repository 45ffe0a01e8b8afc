package dev.advancedalchemy.it.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Containers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A unit with an application EntityManager bean uses that bean, not an entity manager factory of its own. */
class ProducerIT {
    @Test
    void repositoriesUseTheApplicationsEntityManager() {
        try (Containers.Running c = Containers.start(Map.of(), Staff.class, EntityManagers.class)) {
            Staff staff = c.select(Staff.class);
            EntityManagers ems = c.select(EntityManagers.class);
            staff.add(new Person(1, "Ada", null, 36, true));
            staff.add(new Person(2, "Bob", null, 40, false));
            assertThat(staff.countByActiveTrue()).isEqualTo(1);
            assertThat(ems.produced()).isGreaterThanOrEqualTo(3);
            // every entity manager opened for a per-call transaction was handed back to its disposer
            assertThat(ems.disposed()).isGreaterThanOrEqualTo(3);
        }
    }
}
