package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.Repositories;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * {@code upsertMany} of 10,000 rows, half of them already stored, on PostgreSQL: {@code SyncRepository.upsertMany}
 * ({@code matchFields = sku}, committed; unit with {@code Repositories.batchingProperties(1000)}) vs plain JPA
 * select-then-persist/merge (what Python Advanced Alchemy does). Target: at least 3× faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10) // single calls on freshly loaded data: enough of them for the JIT to settle first
@Measurement(iterations = 20) // and enough measured ones for a usable interval on a shared machine
@Fork(1)
public class UpsertManyBenchmark {
    static final int ROWS = 10_000;
    private static final Options BY_SKU =
            Options.defaults().withMatchFields("sku").withAutoCommit(true);

    private BenchDatabase db;
    private EntityManagerFactory emf;
    private EntityManagerFactory batched;
    private EntityManagerFactory repositoryUnit;
    private RepositoryHandle<BenchItemRepository> repository;
    private List<BenchItem> items;

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.postgres();
        emf = db.emf();
        batched = db.emf("bench-batched");
        repositoryUnit = db.emf("bench", Repositories.batchingProperties(1000));
        repository = new RepositoryHandle<>(repositoryUnit, BenchItemRepository.class);
    }

    @Setup(Level.Invocation)
    public void reset() {
        db.reset(ROWS, 2); // every even sku is stored: half of the items exist
        emf.getCache().evictAll();
        batched.getCache().evictAll();
        repositoryUnit.getCache().evictAll();
        items = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            items.add(new BenchItem("s" + i, "renamed " + i, i % 977));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        repositoryUnit.close();
        batched.close();
        emf.close();
    }

    @Benchmark
    public int alchemy() {
        return repository.call(r -> r.upsertMany(items, BY_SKU)).size();
    }

    /** The baseline of the target: plain JPA, provider defaults. */
    @Benchmark
    public int baseline() {
        return selectThenWrite(emf);
    }

    /** For reference: the same with EclipseLink's JDBC batch writing switched on. */
    @Benchmark
    public int baselineBatched() {
        return selectThenWrite(batched);
    }

    private int selectThenWrite(EntityManagerFactory unit) {
        return BenchDatabase.inTransaction(unit, em -> {
            List<String> skus = items.stream().map(BenchItem::getSku).toList();
            Map<String, BenchItem> existing = em
                    .createQuery("SELECT b FROM BenchItem b WHERE b.sku IN :skus", BenchItem.class)
                    .setParameter("skus", skus)
                    .getResultList()
                    .stream()
                    .collect(Collectors.toMap(BenchItem::getSku, Function.identity()));
            for (BenchItem item : items) {
                BenchItem stored = existing.get(item.getSku());
                if (stored == null) {
                    em.persist(item);
                } else {
                    stored.setName(item.getName());
                    stored.setQty(item.getQty());
                }
            }
            em.flush();
            return items.size();
        });
    }
}
