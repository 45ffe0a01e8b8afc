package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * getOrUpsert without matchFields is atomic when the attributes include a unique key ({@code name} here): threads
 * racing on the same attributes end with one row, exactly one of them reporting it created, none failing.
 */
class GetOrUpsertRaceIT {
    /** The factory the cases run on: EclipseLink here, Hibernate in {@link HibernateGetOrUpsertRaceIT}. */
    EntityManagerFactory emf(TestDatabase db) {
        return CoreJpa.emf(db);
    }

    private static final Options COMMIT = Options.defaults().withAutoCommit(true);
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @DatabaseTest(only = {Db.POSTGRES, Db.MARIADB})
    void racingCallersOnTheSameAttributesCreateExactlyOneRow(TestDatabase db) throws Exception {
        EntityManagerFactory emf = emf(db);
        CoreJpa.clean(emf);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<GetOrUpsertResult<Author>>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    List<GetOrUpsertResult<Author>> results = new ArrayList<>();
                    try (EntityManager em = emf.createEntityManager()) {
                        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
                        for (int round = 0; round < ROUNDS; round++) {
                            together.await(30, TimeUnit.SECONDS);
                            results.add(authors.getOrUpsert(Map.of("name", "raced " + round, "born", round)));
                            em.clear();
                        }
                    }
                    return results;
                }));
            }
            List<List<GetOrUpsertResult<Author>>> all = new ArrayList<>();
            for (Future<List<GetOrUpsertResult<Author>>> f : futures) {
                all.add(f.get(120, TimeUnit.SECONDS)); // an exception in any caller fails the test here
            }
            for (int round = 0; round < ROUNDS; round++) {
                int r = round;
                List<GetOrUpsertResult<Author>> sameRound =
                        all.stream().map(list -> list.get(r)).toList();
                assertThat(sameRound.stream().filter(GetOrUpsertResult::created))
                        .as("callers that report creating 'raced %d'", r)
                        .hasSize(1);
                assertThat(sameRound.stream().map(x -> x.item().getId()).distinct())
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(CoreJpa.query(emf, "select count(a) from Author a", Long.class))
                .containsExactly((long) ROUNDS);
        assertThat(CoreJpa.query(emf, "select a.born from Author a where a.name = 'raced 7'", Integer.class))
                .containsExactly(7);
    }

    @DatabaseTest
    void aRowSharingOnlyTheUniqueKeyIsADuplicateAndStaysUntouched(TestDatabase db) {
        EntityManagerFactory emf = emf(db);
        CoreJpa.clean(emf);
        try (EntityManager em = emf.createEntityManager()) {
            AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
            authors.add(new Author("Taken", "keep", 1900));

            assertThatThrownBy(() -> authors.getOrUpsert(Map.of("name", "Taken", "born", 1950)))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("born");
        }
        assertThat(CoreJpa.query(emf, "select a.born from Author a where a.name = 'Taken'", Integer.class))
                .containsExactly(1900);
    }
}
