package dev.advancedalchemy.retry;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "txunit")
public interface TallyRepository extends SyncRepository<Tally, Long> {}
