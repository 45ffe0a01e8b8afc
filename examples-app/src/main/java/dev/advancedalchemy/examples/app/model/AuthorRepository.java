package dev.advancedalchemy.examples.app.model;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

/** The authors, injectable anywhere: {@code @Inject AuthorRepository authors;} (default persistence unit). */
@AlchemyRepository
public interface AuthorRepository extends SyncRepository<Author, UUID> {}
