package dev.advancedalchemy.it.units;

import dev.advancedalchemy.it.model.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes to both units in one transaction. */
@ApplicationScoped
public class Transfer {
    @Inject
    MainPeople main;

    @Inject
    SecondPeople second;

    @Transactional
    public void both(long id, boolean fail) {
        main.add(new Person(id, "main-" + id, null, 1, true));
        second.add(new Person(id, "second-" + id, null, 1, true));
        if (fail) {
            throw new IllegalStateException("fail after writing both units");
        }
    }
}
