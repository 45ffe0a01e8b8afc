package dev.advancedalchemy.it.qualifiers;

import dev.advancedalchemy.cdi.AlchemyRepository;

@AlchemyRepository(unit = "main")
public interface CurrentPeople extends PeopleRepository {}
