package dev.advancedalchemy.it.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.DatabaseUnitsExtension;
import dev.advancedalchemy.it.support.Deployments;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Derived queries, @Query and default methods of an injected repository; one subclass per database
 * ({@code DerivedQueries<Db>IT}) picks the database with {@code @OnDatabase}.
 */
@ExtendWith({DatabaseUnitsExtension.class, ArquillianExtension.class})
abstract class DerivedQueriesScenario {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.archive("queries", Map.of(), PersonRepository.class, StreamReader.class);
    }

    @Inject
    PersonRepository people;

    @Inject
    StreamReader reader;

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::getName).toList();
    }

    @Test
    void derivedQueriesQueryAndDefaultMethods(TestDatabase db) throws Exception {
        people.addMany(List.of(
                new Person(1, "Ada", "ada@example.com", 36, true),
                new Person(2, "ada", "ada2@example.com", 41, false),
                new Person(3, "Grace", null, 85, true),
                new Person(4, "50%_off!", "deal@example.com", 20, false),
                new Person(5, "Linus", "linus@example.com", 54, false)));

        assertThat(people.findByEmail("linus@example.com").getName()).isEqualTo("Linus");
        assertThatThrownBy(() -> people.findByEmail("nobody@example.com"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("PersonRepository.findByEmail found no Person");
        assertThat(people.findFirstByNameIgnoreCaseOrderByAgeDesc("ADA"))
                .get()
                .extracting(Person::getId)
                .isEqualTo(2L);
        assertThat(names(people.findByAgeBetweenOrderByAgeAsc(30, 60))).containsExactly("Ada", "ada", "Linus");
        assertThat(names(people.findByActiveTrueOrNameStartsWith("Li", OrderBy.asc("id"))))
                .containsExactly("Ada", "Grace", "Linus");
        // LIKE input is escaped: '%', '_' and '!' match themselves only
        assertThat(names(people.findByNameContains("%_off!", OrderBy.asc("id"))))
                .containsExactly("50%_off!");
        assertThat(people.findByNameContains("%", OrderBy.asc("id"))).hasSize(1);
        assertThat(names(people.findByNameIn(List.of("Grace", "Linus"), OrderBy.desc("id"))))
                .containsExactly("Linus", "Grace");
        assertThat(people.findByNameIn(List.of(), OrderBy.asc("id"))).isEmpty();
        assertThat(people.findByNameNotIn(List.of(), OrderBy.asc("id"))).hasSize(5);
        assertThat(names(people.findByEmailIsNull())).containsExactly("Grace");
        assertThat(names(people.findByAgeGreaterThanEqualAndActiveFalse(41))).containsExactlyInAnyOrder("ada", "Linus");

        ListAndCount<Person> page = people.findByActiveTrue(new LimitOffset(1, 1), OrderBy.asc("age"));
        assertThat(names(page.items())).containsExactly("Grace");
        assertThat(page.total()).isEqualTo(2);
        ListAndCount<Person> pastTheEnd = people.findByActiveTrue(new LimitOffset(10, 50), OrderBy.asc("age"));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(2);

        assertThat(reader.namesYoungerThan(40)).containsExactly("50%_off!", "Ada");
        assertThat(people.countByActiveTrue()).isEqualTo(2);
        assertThat(people.existsByEmail("ada2@example.com")).isTrue();
        assertThat(people.existsByEmail("nobody@example.com")).isFalse();

        assertThat(names(people.olderThan(50))).containsExactly("Grace", "Linus");
        assertThat(people.countNamed("%a%")).isEqualTo(3);
        assertThat(people.namesOlderThan(80)).containsExactly("Grace");

        assertThat(people.deactivateYoungerThan(40)).isEqualTo(2);
        assertThat(people.countByActiveTrue()).isEqualTo(1);
        assertThat(people.deleteByAgeGreaterThan(50)).isEqualTo(2);
        assertThat(people.count()).isEqualTo(3);
        // the configuration override sent the rows to this class's database, not the unit's H2 default
        try (var connection = db.connection();
                var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
        }
    }
}
