package dev.advancedalchemy.deployment;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "users")
public interface Users extends SyncRepository<User, Long> {}
