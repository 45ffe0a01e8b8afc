package dev.advancedalchemy.examples.se;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

@AlchemyRepository
public interface UserRepository extends SyncRepository<User, UUID> {}
