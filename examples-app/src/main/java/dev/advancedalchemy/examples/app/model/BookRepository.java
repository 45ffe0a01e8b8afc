package dev.advancedalchemy.examples.app.model;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

/** The books (default persistence unit). */
@AlchemyRepository
public interface BookRepository extends SyncRepository<Book, UUID> {}
