package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.ListAndCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
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
 * A filtered page of 20 with its total over 100,000 rows on PostgreSQL: the repository's {@code listAndCount}
 * (filters {@code qty < 250}, order by {@code sku}, page 11) vs a count query plus a page
 * query in plain JPA. Target: at most 1.2×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1) // the first seconds still include JIT work on the alchemy side
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ListAndCountBenchmark {
    static final int ROWS = 100_000;

    private EntityManagerFactory emf;
    private RepositoryHandle<BenchItemRepository> repository;
    private Filter[] filters;

    @Setup(Level.Trial)
    public void open() {
        BenchDatabase db = BenchDatabase.postgres();
        emf = db.emf();
        repository = new RepositoryHandle<>(emf, BenchItemRepository.class);
        filters = new Filter[] {Filters.lt("qty", 250), Filters.asc("sku"), new LimitOffset(20, 200)};
        db.reset(ROWS, 1);
        try (var c = db.connection();
                var s = c.createStatement()) {
            s.execute("ANALYZE bench_item");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        emf.close();
    }

    @Benchmark
    public long alchemy() {
        ListAndCount<BenchItem> page = repository.call(r -> r.listAndCount(filters));
        return page.total() + page.items().size();
    }

    @Benchmark
    public long baseline() {
        try (EntityManager em = emf.createEntityManager()) {
            long total = em.createQuery("SELECT COUNT(b) FROM BenchItem b WHERE b.qty < 250", Long.class)
                    .getSingleResult();
            List<BenchItem> page = em.createQuery(
                            "SELECT b FROM BenchItem b WHERE b.qty < 250 ORDER BY b.sku", BenchItem.class)
                    .setFirstResult(200)
                    .setMaxResults(20)
                    .getResultList();
            return total + page.size();
        }
    }
}
