package dev.advancedalchemy.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading one row by id on H2: the repository's {@code get(id)} vs {@code EntityManager.find}, each in a fresh
 * entity manager of the same unit. Target: at most 1.1×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(3) // sub-microsecond differences: three JVMs and ten iterations each, so one noisy iteration does not decide
public class GetBenchmark {
    private EntityManagerFactory emf;
    private RepositoryHandle<BenchItemRepository> repository;
    private List<UUID> ids;

    @Setup(Level.Trial)
    public void open() {
        BenchDatabase db = BenchDatabase.h2("get");
        emf = db.emf();
        repository = new RepositoryHandle<>(emf, BenchItemRepository.class);
        db.reset(1_000, 1);
        try (EntityManager em = emf.createEntityManager()) {
            ids = em.createQuery("SELECT b.id FROM BenchItem b", UUID.class).getResultList();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        emf.close();
    }

    private UUID anyId() {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    @Benchmark
    public BenchItem alchemy() {
        UUID id = anyId();
        return repository.call(r -> r.get(id));
    }

    @Benchmark
    public BenchItem baseline() {
        try (EntityManager em = emf.createEntityManager()) {
            return em.find(BenchItem.class, anyId());
        }
    }
}
