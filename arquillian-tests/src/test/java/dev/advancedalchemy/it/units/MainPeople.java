package dev.advancedalchemy.it.units;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "main")
public interface MainPeople extends SyncRepository<Person, Long> {}
