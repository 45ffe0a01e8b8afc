package dev.advancedalchemy.it.producer;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "second")
public interface Staff extends SyncRepository<Person, Long> {
    long countByActiveTrue();
}
