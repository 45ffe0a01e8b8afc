package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;

/** upsert, upsertMany and getOrUpsert through the repository, on the native upsert engine. */
class RepositoryUpsertIT {
    /** The factory the cases run on: EclipseLink here, Hibernate in {@link HibernateRepositoryUpsertIT}. */
    EntityManagerFactory emf(TestDatabase db) {
        return CoreJpa.emf(db);
    }

    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    private AuthorRepository setUp(TestDatabase db) {
        EntityManagerFactory emf = emf(db);
        CoreJpa.clean(emf);
        return Repositories.of(AuthorRepository.class, emf.createEntityManager(), COMMIT);
    }

    @DatabaseTest
    void upsertInsertsThenUpdatesByPrimaryKey(TestDatabase db) {
        AuthorRepository authors = setUp(db);
        Author first = new Author("Upserted", "one", 1900);

        Author inserted = authors.upsert(first);
        Author again = Author.patch(first.getId());
        again.setName("Upserted");
        again.setNickname("two");
        again.setBorn(1901);
        Author updated = authors.upsert(again);

        assertThat(inserted.getId()).isEqualTo(first.getId());
        assertThat(updated.getNickname()).isEqualTo("two");
        assertThat(CoreJpa.query(emf(db), "select a.born from Author a", Integer.class))
                .containsExactly(1901);
    }

    @DatabaseTest
    void upsertManyOnAUniqueMatchFieldKeepsOneRowPerName(TestDatabase db) {
        AuthorRepository authors = setUp(db);
        authors.add(new Author("Existing", "old", 1));
        Options byName = Options.defaults().withMatchFields("name");

        List<Author> stored = authors.upsertMany(
                List.of(new Author("Existing", "new", 2), new Author("Brand New", "fresh", 3)), byName);

        assertThat(stored).extracting(Author::getName).containsExactly("Existing", "Brand New");
        assertThat(CoreJpa.query(emf(db), "select a.nickname from Author a order by a.name", String.class))
                .containsExactly("fresh", "new");
    }

    @DatabaseTest
    void getOrUpsertOnMatchFieldsCreatesOnceThenUpdatesTheRest(TestDatabase db) {
        AuthorRepository authors = setUp(db);
        Options byName = Options.defaults().withMatchFields("name");

        GetOrUpsertResult<Author> created = authors.getOrUpsert(Map.of("name", "Matched", "born", 1), byName);
        GetOrUpsertResult<Author> found = authors.getOrUpsert(Map.of("name", "Matched", "born", 2), byName);

        assertThat(created.created()).isTrue();
        assertThat(found.created()).isFalse();
        assertThat(CoreJpa.query(emf(db), "select a.born from Author a", Integer.class))
                .containsExactly(2);
    }
}
