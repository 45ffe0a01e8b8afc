package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.repository.TestRepositories.Queries;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/** JPQL and native SQL with named parameters through {@link QueryRepository}. */
class QueryRepositoryIT {

    private static Queries setUp(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        CoreJpa.run(emf, em -> {
            em.persist(new Author("Alpha", "a", 1900));
            em.persist(new Author("Beta", "b", 1950));
            em.persist(new Author("Gamma", "g", 2000));
        });
        return Repositories.of(Queries.class, emf.createEntityManager());
    }

    @DatabaseTest
    void jpqlWithNamedParameters(TestDatabase db) {
        Queries q = setUp(db);
        Statement older = Statement.jpql("select a from Author a where a.born < :year order by a.name")
                .bind("year", 1960);

        assertThat(q.list(older, Author.class)).extracting(Author::getName).containsExactly("Alpha", "Beta");
        assertThat(q.count(older)).isEqualTo(2);
        assertThat(q.getOne(older.bind("year", 1920), Author.class).getName()).isEqualTo("Alpha");
        assertThat(q.findOne(older.bind("year", 1800), Author.class)).isEmpty();
        assertThatThrownBy(() -> q.getOne(older.bind("year", 1800), Author.class))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> q.getOne(older, Author.class)).isInstanceOf(MultipleResultsException.class);
        assertThat(q.getOne(Statement.jpql("select max(a.born) from Author a"), Integer.class))
                .isEqualTo(2000);
    }

    @DatabaseTest
    void nativeSqlWithNamedParametersScalarsAndRows(TestDatabase db) {
        Queries q = setUp(db);
        Statement sql = Statement.sql(
                        "SELECT name, born FROM core_author WHERE born >= :from AND name <> ':not_a_param' ORDER BY born")
                .bind("from", 1950);

        List<Object[]> rows = q.list(sql, Object[].class);
        assertThat(rows).extracting(r -> r[0]).containsExactly("Beta", "Gamma");
        assertThat(q.count(sql)).isEqualTo(2);
        assertThat(q.getOne(
                        Statement.sql("SELECT COUNT(*) FROM core_author WHERE born < :y")
                                .bind("y", 1960),
                        Long.class))
                .isEqualTo(2L);
        assertThat(q.list(
                        Statement.sql("SELECT * FROM core_author WHERE name = :n")
                                .bind("n", "Beta"),
                        Author.class))
                .extracting(Author::getNickname)
                .containsExactly("b");
    }

    @DatabaseTest
    void listAndCountGivesTheTotalEvenPastTheLastPage(TestDatabase db) {
        Queries q = setUp(db);
        Statement all = Statement.jpql("select a from Author a order by a.name");

        ListAndCount<Author> first = q.listAndCount(all.page(2, 0), Author.class);
        ListAndCount<Author> past = q.listAndCount(all.page(2, 10), Author.class);
        ListAndCount<Object[]> nativePast = q.listAndCount(
                Statement.sql("SELECT name FROM core_author ORDER BY name").page(2, 10), Object[].class);

        assertThat(first.items()).extracting(Author::getName).containsExactly("Alpha", "Beta");
        assertThat(first.total()).isEqualTo(3);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
        assertThat(nativePast.total()).isEqualTo(3);
    }

    @DatabaseTest
    void executeChangesRowsAndCommitsWhenAsked(TestDatabase db) {
        Queries q = setUp(db);

        int changed = q.execute(
                Statement.jpql("update Author a set a.nickname = :n where a.born > :y")
                        .bind("n", "modern")
                        .bind("y", 1940),
                Options.defaults().withAutoCommit(true));

        assertThat(changed).isEqualTo(2);
        assertThat(CoreJpa.query(
                        CoreJpa.emf(db),
                        "select a.name from Author a where a.nickname = 'modern' order by a.name",
                        String.class))
                .containsExactly("Beta", "Gamma");
    }

    @DatabaseTest
    void aMissingParameterValueIsReportedByName(TestDatabase db) {
        Queries q = setUp(db);

        assertThatThrownBy(
                        () -> q.list(Statement.sql("SELECT name FROM core_author WHERE born = :born"), Object[].class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":born");
    }
}
