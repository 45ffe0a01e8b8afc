package dev.advancedalchemy.examples.quickstart.quarkus;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

@AlchemyRepository
public interface UserRepository extends SyncRepository<User, UUID> {}
