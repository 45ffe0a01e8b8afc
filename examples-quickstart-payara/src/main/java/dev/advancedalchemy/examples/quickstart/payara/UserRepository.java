package dev.advancedalchemy.examples.quickstart.payara;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

@AlchemyRepository
public interface UserRepository extends SyncRepository<User, UUID> {}
