package dev.advancedalchemy.examples.payara;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

@AlchemyRepository
public interface AuthorRepository extends SyncRepository<Author, UUID> {}
