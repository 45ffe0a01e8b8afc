package dev.advancedalchemy.repository.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.repository.CoreJpa;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.Repositories;
import dev.advancedalchemy.repository.SyncRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;

/** (In its own package: user interfaces in the library package would be taken for base interfaces.) Derived query methods on a repository interface, resolved when the repository is created. */
class DerivedQueryIT {

    interface Authors extends SyncRepository<Author, String> {
        List<Author> findByBornOrderByNameDesc(Integer born);

        Optional<Author> findByName(String name);

        long countByBorn(Integer born);

        long deleteByBorn(Integer born);
    }

    interface Broken extends SyncRepository<Author, String> {
        List<Author> findByNmae(String name);
    }

    @DatabaseTest
    void derivedQueriesRunThroughTheProxy(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        Authors authors = Repositories.of(
                Authors.class, emf.createEntityManager(), Options.defaults().withAutoCommit(true));
        authors.addMany(List.of(new Author("A", "a", 1950), new Author("B", "b", 1950), new Author("C", "c", 1900)));

        assertThat(authors.findByBornOrderByNameDesc(1950))
                .extracting(Author::getName)
                .containsExactly("B", "A");
        assertThat(authors.findByName("C")).map(Author::getBorn).contains(1900);
        assertThat(authors.countByBorn(1950)).isEqualTo(2);
        assertThat(authors.deleteByBorn(1950)).isEqualTo(2);
        assertThat(CoreJpa.query(emf, "select a.name from Author a", String.class))
                .containsExactly("C");
    }

    @DatabaseTest
    void aBadMethodFailsCreationNamingTheMethod(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);

        assertThatThrownBy(() -> Repositories.of(Broken.class, emf.createEntityManager()))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessageContaining("findByNmae");
    }
}
