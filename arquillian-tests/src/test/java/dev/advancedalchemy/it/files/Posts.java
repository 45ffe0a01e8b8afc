package dev.advancedalchemy.it.files;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "main")
public interface Posts extends SyncRepository<Post, Long> {}
