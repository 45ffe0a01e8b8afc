package dev.advancedalchemy.it.queries;

import dev.advancedalchemy.it.model.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Streams must be consumed inside a transaction: the entity manager closes with it. */
@ApplicationScoped
public class StreamReader {
    @Inject
    PersonRepository people;

    @Transactional
    public List<String> namesYoungerThan(int age) {
        return people.findByAgeLessThan(age).map(Person::getName).sorted().toList();
    }
}
