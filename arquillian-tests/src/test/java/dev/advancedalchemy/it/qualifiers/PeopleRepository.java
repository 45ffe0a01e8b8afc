package dev.advancedalchemy.it.qualifiers;

import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.SyncRepository;

/** Not a bean itself: the two annotated sub-interfaces are. */
public interface PeopleRepository extends SyncRepository<Person, Long> {}
