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
 * Loading one row by id on H2. Baseline: {@code EntityManager.find} in a fresh entity manager. The repository's
 * {@code get(id)} (target ≤ 1.1×) is added as an {@code alchemy} method once the repository is in the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GetBenchmark {
    private EntityManagerFactory emf;
    private List<UUID> ids;

    @Setup(Level.Trial)
    public void open() {
        BenchDatabase db = BenchDatabase.h2("get");
        emf = db.emf();
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
    public BenchItem baseline() {
        try (EntityManager em = emf.createEntityManager()) {
            return em.find(BenchItem.class, anyId());
        }
    }
}
