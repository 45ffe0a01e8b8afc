package dev.advancedalchemy.it.units;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "second")
public interface SecondPeople extends SyncRepository<Person, Long> {
    long countByNameStartsWith(String prefix);
}
