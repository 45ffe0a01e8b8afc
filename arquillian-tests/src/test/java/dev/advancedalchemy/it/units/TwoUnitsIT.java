package dev.advancedalchemy.it.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.DatabaseUnitsExtension;
import dev.advancedalchemy.it.support.Deployments;
import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two persistence units in one application: "main" on H2 (deployment config), "second" on PostgreSQL. */
@OnDatabase(value = Db.POSTGRES, units = "second")
@ExtendWith({DatabaseUnitsExtension.class, ArquillianExtension.class})
class TwoUnitsIT {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.archive(
                "units",
                Map.of("alchemy.units.main.url", "jdbc:h2:mem:two-units;DB_CLOSE_DELAY=-1"),
                MainPeople.class,
                SecondPeople.class,
                Transfer.class);
    }

    @Inject
    MainPeople main;

    @Inject
    SecondPeople second;

    @Inject
    Transfer transfer;

    @Test
    void eachRepositoryUsesItsUnit(TestDatabase db) throws Exception {
        main.add(new Person(1, "only-in-main", null, 30, true));
        second.add(new Person(1, "only-in-second", null, 40, true));

        assertThat(main.get(1L).getName()).isEqualTo("only-in-main");
        assertThat(second.get(1L).getName()).isEqualTo("only-in-second");
        assertThat(second.countByNameStartsWith("only")).isEqualTo(1);

        transfer.both(2, false);
        assertThat(main.count()).isEqualTo(2);
        assertThat(second.count()).isEqualTo(2);
        assertThatThrownBy(() -> transfer.both(3, true)).isInstanceOf(IllegalStateException.class);
        assertThat(main.find(3L)).isEmpty();
        assertThat(second.find(3L)).isEmpty();
        try (var connection = db.connection();
                var rs = connection.createStatement().executeQuery("SELECT name FROM person ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("only-in-second");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("second-2");
            assertThat(rs.next()).isFalse();
        }
    }
}
