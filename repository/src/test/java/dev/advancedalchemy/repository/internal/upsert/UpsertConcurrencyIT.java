package dev.advancedalchemy.repository.internal.upsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 8 threads × 200 {@code upsertMany} calls of 50 rows over 120 overlapping keys: afterwards there is exactly one
 * row per key, every committed write is counted by the row's version (no lost update, no duplicate insert), the
 * stored value is the one written with the final version, and only retryable failures (deadlocks) escaped.
 */
class UpsertConcurrencyIT {
    /** The JPA provider the test runs on ({@link HibernateUpsertConcurrencyIT} overrides it). */
    UpsertUnit.Provider provider() {
        return UpsertUnit.Provider.ECLIPSELINK;
    }

    private static final int THREADS = 8;
    private static final int CALLS = 200;
    private static final int ROWS = 50;
    private static final int KEYS = 120;

    /** What one committed write saw for one key: the version it produced and the value it wrote. */
    private record Write(String code, long version, String value) {}

    @DatabaseTest(only = {Db.POSTGRES, Db.MARIADB})
    void concurrentOverlappingUpsertsEndConsistent(TestDatabase db) throws Exception {
        EntityManagerFactory emf = UpsertUnit.emf(db, provider());
        UpsertUnit.inTransaction(
                emf, em -> em.createQuery("DELETE FROM Counter").executeUpdate());
        UpsertEngine engine = new UpsertEngine();
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger retries = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Void> worker = () -> {
                    start.await();
                    Random random = new Random(thread);
                    Map<String, Long> lastSeen = new HashMap<>();
                    for (int call = 0; call < CALLS; call++) {
                        List<Counter> batch = batch(random, "t" + thread + "-" + call);
                        for (int attempt = 0; ; attempt++) {
                            try {
                                List<Write> seen = upsertAndCommit(emf, engine, batch);
                                for (Write w : seen) {
                                    Long before = lastSeen.put(w.code(), w.version());
                                    if (before != null && before >= w.version()) {
                                        unexpected.add(new AssertionError("version of " + w.code() + " went from "
                                                + before + " to " + w.version()));
                                    }
                                }
                                writes.addAll(seen);
                                break;
                            } catch (RuntimeException e) {
                                if (!UpsertEngine.isRetryable(e) || attempt >= 20) {
                                    unexpected.add(e);
                                    break;
                                }
                                retries.incrementAndGet();
                            }
                        }
                    }
                    return null;
                };
                done.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).as("failures other than retryable deadlocks").isEmpty();
        Map<String, List<Write>> byCode = new HashMap<>();
        writes.forEach(
                w -> byCode.computeIfAbsent(w.code(), k -> new ArrayList<>()).add(w));
        List<Counter> rows;
        emf.getCache().evictAll(); // read what the database holds, not what the shared cache remembers
        try (EntityManager em = emf.createEntityManager()) {
            rows = em.createQuery("SELECT c FROM Counter c", Counter.class).getResultList();
        }
        assertThat(rows).extracting(Counter::getCode).doesNotHaveDuplicates().hasSameSizeAs(byCode.keySet());
        for (Counter row : rows) {
            List<Write> forKey = byCode.get(row.getCode());
            assertThat(row.getVersion())
                    .as("version of %s counts every committed write", row.getCode())
                    .isEqualTo(forKey.size());
            assertThat(forKey)
                    .as("the value of %s is the one written with its final version", row.getCode())
                    .filteredOn(w -> w.version() == row.getVersion())
                    .singleElement()
                    .extracting(Write::value)
                    .isEqualTo(row.getValue());
        }
        System.out.printf("%s: %d committed row writes, %d retried deadlocks%n", db.db(), writes.size(), retries.get());
    }

    private static List<Counter> batch(Random random, String value) {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add(i);
        }
        Collections.shuffle(keys, random);
        List<Counter> batch = new ArrayList<>(ROWS);
        for (int key : keys.subList(0, ROWS)) {
            batch.add(new Counter(String.format("c%03d", key), value));
        }
        return batch;
    }

    private static List<Write> upsertAndCommit(EntityManagerFactory emf, UpsertEngine engine, List<Counter> batch) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            List<Counter> stored = engine.execute(em, Counter.class, batch, List.of());
            List<Write> seen = new ArrayList<>(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                Counter row = stored.get(i);
                assertThat(row.getCode()).isEqualTo(batch.get(i).getCode());
                assertThat(row.getValue()).isEqualTo(batch.get(i).getValue());
                seen.add(new Write(row.getCode(), row.getVersion(), row.getValue()));
            }
            em.getTransaction().commit();
            return seen;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
