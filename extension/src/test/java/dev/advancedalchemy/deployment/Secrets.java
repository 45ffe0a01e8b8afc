package dev.advancedalchemy.deployment;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "secrets")
public interface Secrets extends SyncRepository<Secret, Long> {}
