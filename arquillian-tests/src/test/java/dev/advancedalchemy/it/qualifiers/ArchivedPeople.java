package dev.advancedalchemy.it.qualifiers;

import dev.advancedalchemy.cdi.AlchemyRepository;

@Archive
@AlchemyRepository(unit = "second")
public interface ArchivedPeople extends PeopleRepository {}
