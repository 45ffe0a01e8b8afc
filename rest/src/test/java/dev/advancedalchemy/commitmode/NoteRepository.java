package dev.advancedalchemy.commitmode;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "txunit")
public interface NoteRepository extends SyncRepository<Note, Long> {}
