package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;

/** Create, read and delete through a repository built with {@code Repositories.of}, ported from Python's CRUD tests. */
class RepositoryCrudIT {

    private static EntityManagerFactory setUp(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        return emf;
    }

    @DatabaseTest
    void addThenGetReturnsTheStoredRow(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em);

        Author added = authors.add(
                new Author("Agatha Christie", "Dame", 1890), Options.defaults().withAutoCommit(true));

        assertThat(added.getCreatedAt()).isNotNull();
        Author stored = CoreJpa.stored(emf, Author.class, added.getId());
        assertThat(stored.getName()).isEqualTo("Agatha Christie");
        assertThat(stored.getBorn()).isEqualTo(1890);
        assertThat(authors.get(added.getId()).getNickname()).isEqualTo("Dame");
        assertThat(authors.find(added.getId())).containsSame(added);
        em.close();
    }

    @DatabaseTest
    void getOfAMissingIdIsNotFoundAndFindIsEmpty(TestDatabase db) {
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, setUp(db).createEntityManager());

        assertThatThrownBy(() -> authors.get("nope"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("ALCH-1100")
                .hasMessageContaining("Author");
        assertThat(authors.find("nope")).isEmpty();
    }

    @DatabaseTest
    void withoutAutoCommitTheCallsTransactionStaysOpenForTheCaller(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em);

        Author a = authors.add(new Author("Rolled Back"));

        assertThat(em.getTransaction().isActive()).isTrue();
        em.getTransaction().rollback();
        assertThat(CoreJpa.stored(emf, Author.class, a.getId())).isNull();

        Author b = authors.add(new Author("Committed Later"));
        em.getTransaction().commit();
        assertThat(CoreJpa.stored(emf, Author.class, b.getId())).isNotNull();
        em.close();
    }

    @DatabaseTest
    void repositoryDefaultsApplyToEveryCallAndCallOptionsWin(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true));

        Author a = authors.add(new Author("Auto"));
        assertThat(em.getTransaction().isActive()).isFalse();
        assertThat(CoreJpa.stored(emf, Author.class, a.getId())).isNotNull();

        authors.add(new Author("Manual"), Options.defaults().withAutoCommit(false));
        assertThat(em.getTransaction().isActive()).isTrue();
        em.getTransaction().rollback();
        em.close();
    }

    @DatabaseTest
    void aCallerTransactionIsFlushedIntoButNotCommitted(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em);
        em.getTransaction().begin();

        Author a = authors.add(new Author("Inside"), Options.defaults().withAutoCommit(true));

        assertThat(em.getTransaction().isActive()).isTrue();
        em.getTransaction().rollback();
        assertThat(CoreJpa.stored(emf, Author.class, a.getId())).isNull();
        em.close();
    }

    @DatabaseTest
    void defaultMethodsRunOnTopOfTheBaseMethods(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em);

        List<Author> added = authors.addAll("One", "Two", "Three");
        em.getTransaction().commit();

        assertThat(added).extracting(Author::getName).containsExactly("One", "Two", "Three");
        assertThat(authors.count()).isEqualTo(3);
        assertThat(authors.exists()).isTrue();
        assertThat(authors.toString()).contains("AuthorRepository");
        em.close();
    }

    @DatabaseTest
    void deleteReturnsTheRowAndRemovesIt(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true));
        Author a = authors.add(new Author("Short Lived"));

        Author deleted = authors.delete(a.getId());

        assertThat(deleted.getName()).isEqualTo("Short Lived");
        assertThat(CoreJpa.stored(emf, Author.class, a.getId())).isNull();
        assertThatThrownBy(() -> authors.delete(a.getId())).isInstanceOf(NotFoundException.class);
        em.close();
    }

    @DatabaseTest
    void deleteManyIgnoresMissingIdsAndReturnsTheDeletedRows(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true));
        List<Author> added = authors.addAll("A", "B", "C");

        List<Author> deleted = authors.deleteMany(
                List.of(added.get(0).getId(), "missing", added.get(2).getId()));

        assertThat(deleted).extracting(Author::getName).containsExactlyInAnyOrder("A", "C");
        assertThat(CoreJpa.query(emf, "select a.name from Author a", String.class))
                .containsExactly("B");
        em.close();
    }

    @DatabaseTest
    void idAttributeLooksRowsUpByAnotherUniqueAttribute(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true));
        authors.add(new Author("Unique Name"));
        Options byName = Options.defaults().withIdAttribute("name");

        assertThat(authors.get("Unique Name", byName).getName()).isEqualTo("Unique Name");
        assertThat(authors.find("Other", byName)).isEmpty();
        assertThat(authors.delete("Unique Name", byName).getName()).isEqualTo("Unique Name");
        assertThat(authors.count()).isZero();
        em.close();
    }

    @DatabaseTest
    void getAndUpdateReportsWhetherAnythingChanged(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true));
        authors.add(new Author("Match Me", "old", 1900));
        Options byName = Options.defaults().withMatchFields("name");

        GetAndUpdateResult<Author> first = authors.getAndUpdate(Map.of("name", "Match Me", "nickname", "new"), byName);
        GetAndUpdateResult<Author> second = authors.getAndUpdate(Map.of("name", "Match Me", "nickname", "new"), byName);

        assertThat(first.updated()).isTrue();
        assertThat(second.updated()).isFalse();
        assertThat(CoreJpa.query(emf, "select a.nickname from Author a", String.class))
                .containsExactly("new");
        assertThatThrownBy(() -> authors.getAndUpdate(Map.of("name", "Nobody", "nickname", "x"), byName))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authors.getAndUpdate(Map.of("nmae", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nmae")
                .hasMessageContaining("name");
        em.close();
    }

    @DatabaseTest
    void getOrUpsertFindsOrCreates(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors =
                Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true));

        GetOrUpsertResult<Author> created = authors.getOrUpsert(Map.of("name", "Fresh", "born", 1950));
        GetOrUpsertResult<Author> found = authors.getOrUpsert(Map.of("name", "Fresh", "born", 1950));

        assertThat(created.created()).isTrue();
        assertThat(found.created()).isFalse();
        assertThat(found.item().getId()).isEqualTo(created.item().getId());
        assertThat(authors.count()).isEqualTo(1);
        em.close();
    }
}
