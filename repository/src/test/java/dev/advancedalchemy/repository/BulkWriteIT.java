package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.internal.dialect.BindLimits;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Bulk writes cost a handful of round trips (counted at the JDBC level by a wrapping data source), and deleteMany
 * stays under each database's bind-parameter limit.
 */
class BulkWriteIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    private record Counted(CountingDataSource dataSource, EntityManagerFactory emf) implements AutoCloseable {
        @Override
        public void close() {
            emf.close();
        }
    }

    private static Counted counted(TestDatabase db) {
        Counted c = db.shared("counted", () -> {
            CountingDataSource ds = new CountingDataSource(db.dataSource());
            return new Counted(ds, CoreJpa.create(db, ds));
        });
        CoreJpa.clean(c.emf());
        c.dataSource().reset();
        return c;
    }

    private static long statementsStartingWith(CountingDataSource ds, String verb) {
        return ds.statements().stream()
                .filter(s -> s.stripLeading().toUpperCase(Locale.ROOT).startsWith(verb))
                .count();
    }

    @DatabaseTest
    void addManyOf250RowsTakesAHandfulOfRoundTrips(TestDatabase db) {
        Counted c = counted(db);
        EntityManager em = c.emf().createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
        List<Author> rows =
                IntStream.range(0, 250).mapToObj(i -> new Author("author " + i)).toList();

        authors.addMany(rows);

        // batch size 100: three INSERT batches, not 250 round trips
        assertThat(statementsStartingWith(c.dataSource(), "INSERT")).isLessThanOrEqualTo(3);
        assertThat(c.dataSource().executions()).isLessThanOrEqualTo(5);
        assertThat(authors.count()).isEqualTo(250);
        em.close();
    }

    @DatabaseTest
    void updateManyIsOneSelectAndBatchedUpdates(TestDatabase db) {
        Counted c = counted(db);
        EntityManager em = c.emf().createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
        List<Author> rows = authors.addMany(
                IntStream.range(0, 150).mapToObj(i -> new Author("author " + i)).toList());
        em.clear();
        c.dataSource().reset();

        List<Author> patches = new ArrayList<>();
        for (Author a : rows) {
            Author p = Author.patch(a.getId());
            p.setNickname("nick");
            patches.add(p);
        }
        authors.updateMany(patches);

        assertThat(statementsStartingWith(c.dataSource(), "SELECT")).isEqualTo(1);
        assertThat(statementsStartingWith(c.dataSource(), "UPDATE")).isLessThanOrEqualTo(2);
        assertThat(CoreJpa.query(c.emf(), "select count(a) from Author a where a.nickname = 'nick'", Long.class))
                .containsExactly(150L);
        em.close();
    }

    @DatabaseTest
    void deleteManyWithMoreIdsThanTheBindLimitIsChunked(TestDatabase db) {
        Counted c = counted(db);
        EntityManager em = c.emf().createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
        List<Author> stored = authors.addMany(IntStream.range(0, 20)
                .mapToObj(i -> new Author("keep or delete " + i))
                .toList());
        int limit = BindLimits.maxParameters(database(db));
        List<String> ids = new ArrayList<>(limit + 100);
        ids.add(stored.get(0).getId()); // lands in the first chunk
        for (int i = 0; ids.size() < limit + 90; i++) {
            ids.add("missing-" + i);
        }
        stored.subList(1, 10).forEach(a -> ids.add(a.getId())); // lands in the second chunk
        em.clear();
        c.dataSource().reset();

        List<Author> deleted = authors.deleteMany(ids);

        assertThat(deleted).hasSize(10);
        assertThat(statementsStartingWith(c.dataSource(), "SELECT")).isEqualTo(2);
        assertThat(authors.count()).isEqualTo(10);
        em.close();
    }

    private static Database database(TestDatabase db) {
        return switch (db.db()) {
            case H2 -> Database.H2;
            case POSTGRES -> Database.POSTGRESQL;
            case MARIADB -> Database.MARIADB;
        };
    }
}
