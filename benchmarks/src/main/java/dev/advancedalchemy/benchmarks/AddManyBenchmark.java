package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.Repositories;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * Inserting 10,000 UUIDv7 rows on PostgreSQL, committed, vs one raw JDBC batch of 1,000-row chunks (target: at most
 * 1.5× the JDBC time). {@code alchemy} is {@code addMany} as users call it: managed results (the rows go in as a
 * JDBC batch and are then registered with EclipseLink's persistence context); {@code alchemyDetached} (for
 * reference) is {@code addMany} with {@code autoDetach}, the same batch without the registration. The unit has
 * {@code Repositories.batchingProperties(1000)}, no weaving. All sides use the same URL, so all get
 * {@code reWriteBatchedInserts=true}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20) // single calls on freshly loaded data: enough of them for the JIT to settle first
@Measurement(iterations = 20) // and enough measured ones for a usable interval on a shared machine
@Fork(1)
public class AddManyBenchmark {
    static final int ROWS = 10_000;
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);
    private static final Options COMMIT_DETACHED = COMMIT.withAutoDetach(true);

    private BenchDatabase db;
    private EntityManagerFactory emf;
    private RepositoryHandle<BenchItemRepository> repository;
    private List<BenchItem> items;

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.postgres();
        emf = db.emf("bench", Repositories.batchingProperties(1000));
        repository = new RepositoryHandle<>(emf, BenchItemRepository.class);
    }

    @Setup(Level.Invocation)
    public void reset() {
        db.reset(0, 1);
        emf.getCache().evictAll();
        items = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            items.add(new BenchItem("s" + i, "name " + i, i % 1000));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        emf.close();
    }

    @Benchmark
    public int alchemy() {
        return repository.call(r -> r.addMany(items, COMMIT)).size();
    }

    @Benchmark
    public int alchemyDetached() {
        return repository.call(r -> r.addMany(items, COMMIT_DETACHED)).size();
    }

    @Benchmark
    public int baseline() throws SQLException {
        try (Connection c = db.connection()) {
            return JdbcRows.insert(c, ROWS, 1);
        }
    }
}
