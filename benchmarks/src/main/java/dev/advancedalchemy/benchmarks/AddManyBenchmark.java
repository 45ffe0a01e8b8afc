package dev.advancedalchemy.benchmarks;

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
 * Inserting 10,000 UUIDv7 rows on PostgreSQL: the JPA write path with JDBC batching (what {@code addMany} runs)
 * vs one raw JDBC batch ({@code reWriteBatchedInserts=true}). Target: at most 1.5× the JDBC time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class AddManyBenchmark {
    static final int ROWS = 10_000;

    private BenchDatabase db;
    private EntityManagerFactory emf;
    private List<BenchItem> items;

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.postgres();
        emf = db.emf("bench-batched");
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
        return BenchDatabase.inTransaction(emf, em -> {
            items.forEach(em::persist);
            em.flush();
            return items.size();
        });
    }

    @Benchmark
    public int baseline() throws SQLException {
        try (Connection c = db.connection()) {
            return JdbcRows.insert(c, ROWS, 1);
        }
    }
}
