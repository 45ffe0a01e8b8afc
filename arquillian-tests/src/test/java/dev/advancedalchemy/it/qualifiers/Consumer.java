package dev.advancedalchemy.it.qualifiers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

@ApplicationScoped
public class Consumer {
    @Inject
    PeopleRepository current;

    @Inject
    @Archive
    PeopleRepository archived;

    @Inject
    @Any
    Instance<PeopleRepository> all;

    public PeopleRepository current() {
        return current;
    }

    public PeopleRepository archived() {
        return archived;
    }

    public long count() {
        return all.stream().count();
    }
}
