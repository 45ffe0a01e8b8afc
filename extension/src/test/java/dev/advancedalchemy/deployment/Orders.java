package dev.advancedalchemy.deployment;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.repository.SyncRepository;

@AlchemyRepository(unit = "orders")
public interface Orders extends SyncRepository<Order, Long> {}
