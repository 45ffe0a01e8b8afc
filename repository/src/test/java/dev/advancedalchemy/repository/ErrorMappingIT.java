package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.exceptions.ForeignKeyException;
import dev.advancedalchemy.exceptions.IntegrityException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.TestRepositories.Queries;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.repository.testmodel.Book;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/** Constraint violations map to the library's exceptions by SQLSTATE/vendor code on every database. */
class ErrorMappingIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    private static EntityManagerFactory setUp(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        return emf;
    }

    @DatabaseTest
    void aDuplicateUniqueValueIsADuplicateKeyWithTheConstraintName(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
        authors.add(new Author("Secret Name 42"));

        assertThatThrownBy(() -> authors.add(new Author("Secret Name 42")))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                    assertThat(e.messageId()).isEqualTo("ALCH-1201");
                    assertThat(e.constraintName())
                            .hasValueSatisfying(name -> assertThat(name).isEqualToIgnoringCase("uq_core_author_name"));
                    assertThat(e.getMessage()).contains("Author").doesNotContain("Secret Name 42");
                });
        assertThat(em.getTransaction().isActive()).isFalse(); // the failed call rolled back what it began
        assertThat(authors.count()).isEqualTo(1);
        em.close();
    }

    @DatabaseTest
    void aDuplicatePrimaryKeyInABatchIsADuplicateKeyAndNothingIsStored(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author existing = new Author("First");
        CoreJpa.run(emf, em -> em.persist(existing));
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
        Author clash = Author.patch(existing.getId());
        clash.setName("Second");

        assertThatThrownBy(() -> authors.addMany(List.of(new Author("Third"), clash)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(CoreJpa.query(emf, "select a.name from Author a", String.class))
                .containsExactly("First");
        em.close();
    }

    @DatabaseTest
    void deletingAReferencedRowIsAForeignKeyViolation(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author author = new Author("Referenced");
        CoreJpa.run(emf, em -> {
            em.persist(author);
            em.persist(new Book("Pinned", author));
        });
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);

        assertThatThrownBy(() -> authors.delete(author.getId()))
                .isInstanceOfSatisfying(ForeignKeyException.class, e -> {
                    assertThat(e.messageId()).isEqualTo("ALCH-1202");
                    assertThat(e.constraintName()).isPresent();
                });
        assertThat(CoreJpa.stored(emf, Author.class, author.getId())).isNotNull();
        em.close();
    }

    @DatabaseTest
    void insertingARowThatReferencesNothingIsAForeignKeyViolation(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Queries queries = Repositories.of(Queries.class, emf.createEntityManager());

        assertThatThrownBy(() -> queries.execute(
                        Statement.sql("INSERT INTO core_book (id, title, author_id) VALUES (:id, :title, :author)")
                                .bind("id", "b1")
                                .bind("title", "Orphan")
                                .bind("author", "no-such-author"),
                        COMMIT))
                .isInstanceOf(ForeignKeyException.class);
    }

    @DatabaseTest
    void aMissingRequiredValueIsAnIntegrityViolation(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Queries queries = Repositories.of(Queries.class, emf.createEntityManager());

        assertThatThrownBy(() -> queries.execute(
                        Statement.sql("INSERT INTO core_author (id, name) VALUES (:id, NULL)")
                                .bind("id", "a1"),
                        COMMIT))
                .isExactlyInstanceOf(IntegrityException.class)
                .hasMessageStartingWith("ALCH-1200");
    }

    @DatabaseTest
    void messagesCanBeOverriddenPerRepositoryAndPerCall(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        Options repositoryWide = COMMIT.withErrorMessage(ErrorKind.DUPLICATE_KEY, "{entity} name is taken")
                .withErrorMessage(ErrorKind.NOT_FOUND, "no such {entity}");
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, repositoryWide);
        authors.add(new Author("Taken"));

        assertThatThrownBy(() -> authors.add(new Author("Taken")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("ALCH-1201: Author name is taken");
        assertThatThrownBy(() -> authors.add(
                        new Author("Taken"),
                        Options.defaults().withErrorMessage(ErrorKind.DUPLICATE_KEY, "pick another name")))
                .hasMessage("ALCH-1201: pick another name");
        assertThatThrownBy(() -> authors.get("missing"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ALCH-1100: no such Author");
        em.close();
    }
}
