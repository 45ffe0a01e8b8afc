package dev.advancedalchemy.it.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Containers;
import dev.advancedalchemy.it.support.Units;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;

/** Two persistence units in one application: "main" on H2 (persistence.xml), "second" on PostgreSQL (config). */
class TwoUnitsIT {
    @DatabaseTest(only = {Db.POSTGRES})
    void eachRepositoryUsesItsUnit(TestDatabase db) throws Exception {
        Map<String, String> config = new HashMap<>(Units.pointing("second", db));
        config.put("alchemy.units.main.url", "jdbc:h2:mem:two-units;DB_CLOSE_DELAY=-1");
        try (Containers.Running c = Containers.start(config, MainPeople.class, SecondPeople.class, Transfer.class)) {
            MainPeople main = c.select(MainPeople.class);
            SecondPeople second = c.select(SecondPeople.class);
            main.add(new Person(1, "only-in-main", null, 30, true));
            second.add(new Person(1, "only-in-second", null, 40, true));

            assertThat(main.get(1L).getName()).isEqualTo("only-in-main");
            assertThat(second.get(1L).getName()).isEqualTo("only-in-second");
            assertThat(second.countByNameStartsWith("only")).isEqualTo(1);

            Transfer transfer = c.select(Transfer.class);
            transfer.both(2, false);
            assertThat(main.count()).isEqualTo(2);
            assertThat(second.count()).isEqualTo(2);
            assertThatThrownBy(() -> transfer.both(3, true)).isInstanceOf(IllegalStateException.class);
            assertThat(main.find(3L)).isEmpty();
            assertThat(second.find(3L)).isEmpty();
        }
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
