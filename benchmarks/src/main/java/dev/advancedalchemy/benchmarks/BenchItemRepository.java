package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.repository.SyncRepository;
import java.util.UUID;

/** The repository every benchmark's alchemy side runs through, created by {@code Repositories.of}. */
public interface BenchItemRepository extends SyncRepository<BenchItem, UUID> {}
