package dev.advancedalchemy.it.txdata;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "main")
public interface Accounts extends SyncRepository<Person, Long> {}
