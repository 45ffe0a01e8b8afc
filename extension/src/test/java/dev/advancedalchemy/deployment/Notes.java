package dev.advancedalchemy.deployment;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "files")
public interface Notes extends SyncRepository<Note, Long> {}
