package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.TestRepositories.BookRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.repository.testmodel.Book;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * The repository's filtered reads and deleteWhere, through the read engine, on every database; with EclipseLink here
 * and Hibernate in {@link HibernateFilteredRepositoryIT}.
 */
class FilteredRepositoryIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    /** The factory the cases run on. */
    EntityManagerFactory emf(TestDatabase db) {
        return CoreJpa.emf(db);
    }

    private EntityManagerFactory setUp(TestDatabase db) {
        EntityManagerFactory emf = emf(db);
        CoreJpa.clean(emf);
        CoreJpa.run(emf, em -> {
            Author a = new Author("Alpha", "a", 1900);
            Author b = new Author("Beta", "b", 1950);
            em.persist(a);
            em.persist(b);
            em.persist(new Author("Gamma", "g", 1950));
            em.persist(new Book("A1", a));
            em.persist(new Book("A2", a));
            em.persist(new Book("B1", b));
        });
        return emf;
    }

    @DatabaseTest
    void listCountExistsAndPagesFollowTheFilters(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        AuthorRepository authors = Repositories.of(AuthorRepository.class, emf.createEntityManager());

        assertThat(authors.list(Filters.eq("born", 1950), OrderBy.asc("name")))
                .extracting(Author::getName)
                .containsExactly("Beta", "Gamma");
        assertThat(authors.count(Filters.eq("born", 1950))).isEqualTo(2);
        assertThat(authors.exists(Filters.eq("born", 1800))).isFalse();
        ListAndCount<Author> past = authors.listAndCount(OrderBy.asc("name"), new LimitOffset(2, 10));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
    }

    @DatabaseTest
    void getOneAndFindOneExpectAtMostOneRow(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        AuthorRepository authors = Repositories.of(AuthorRepository.class, emf.createEntityManager());

        assertThat(authors.getOne(Filters.eq("name", "Alpha")).getBorn()).isEqualTo(1900);
        assertThat(authors.findOne(Filters.eq("name", "Omega"))).isEmpty();
        assertThatThrownBy(() -> authors.getOne(Filters.eq("name", "Omega"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authors.getOne(Filters.eq("born", 1950))).isInstanceOf(MultipleResultsException.class);
        assertThatThrownBy(() -> authors.findOne(
                        Options.defaults().withErrorMessage(ErrorKind.MULTIPLE_ROWS, "ambiguous {entity}"),
                        Filters.eq("born", 1950)))
                .hasMessageEndingWith("ambiguous Author");
    }

    @DatabaseTest
    void unknownFieldsFailBeforeAnySql(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        AuthorRepository authors = Repositories.of(AuthorRepository.class, emf.createEntityManager());

        assertThatThrownBy(() -> authors.list(Filters.eq("nmae", "x")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("nmae");
    }

    @DatabaseTest
    void loadPathsFetchRelationshipsWithTheRows(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        BookRepository books = Repositories.of(BookRepository.class, em);
        Options withAuthor = Options.defaults().withLoad("author").withAutoDetach(true);

        List<Book> list = books.list(withAuthor, OrderBy.asc("title"));
        Book one = books.get(list.get(0).getId(), withAuthor);

        // detached rows: the author is usable only because it was fetched with them
        assertThat(list).extracting(b -> b.getAuthor().getName()).containsExactly("Alpha", "Alpha", "Beta");
        assertThat(one.getAuthor().getName()).isEqualTo("Alpha");
        em.close();
    }

    @DatabaseTest
    void forUpdateLocksInsideATransaction(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em);

        List<Author> locked = authors.list(Options.defaults().withForUpdate(true), Filters.eq("born", 1950));

        assertThat(locked).hasSize(2);
        assertThat(em.getTransaction().isActive()).isTrue(); // the lock lives until the caller ends the transaction
        em.getTransaction().rollback();
        em.close();
    }

    @DatabaseTest
    void deleteWhereRemovesTheMatchingRowsAndReturnsThem(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        BookRepository books = Repositories.of(BookRepository.class, emf.createEntityManager(), COMMIT);

        List<Book> deleted = books.deleteWhere(Filters.search("title", "A", false));

        assertThat(deleted).extracting(Book::getTitle).containsExactlyInAnyOrder("A1", "A2");
        assertThat(CoreJpa.query(emf, "select b.title from Book b", String.class))
                .containsExactly("B1");
    }

    @DatabaseTest
    void pathsSearchesListsRangesAndGroupsSelectTheSameRowsOnEveryProvider(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        BookRepository books = Repositories.of(BookRepository.class, emf.createEntityManager());
        AuthorRepository authors = Repositories.of(AuthorRepository.class, emf.createEntityManager());

        assertThat(books.list(Filters.search("author.name", "ALP", true), OrderBy.desc("title")))
                .extracting(Book::getTitle)
                .containsExactly("A2", "A1");
        assertThat(books.list(
                        Filters.in("title", List.of("A1", "B1")), OrderBy.desc("author.name"), OrderBy.asc("title")))
                .extracting(Book::getTitle)
                .containsExactly("B1", "A1");
        assertThat(books.count(Filters.notIn("title", List.of("A1")))).isEqualTo(2);
        assertThat(books.count(Filters.search("author.name", "a", false), Filters.isNull("pages")))
                .isEqualTo(3);
        assertThat(books.exists(Filters.search("title", "%", false))).isFalse();
        assertThat(books.exists(Filters.startsWith("title", "B"))).isTrue();
        assertThat(authors.list(Filters.between("born", 1900, 1949)))
                .extracting(Author::getName)
                .containsExactly("Alpha");
        assertThat(authors.list(Filters.or(Filters.eq("name", "Alpha"), Filters.gt("born", 1949)), OrderBy.asc("name")))
                .extracting(Author::getName)
                .containsExactly("Alpha", "Beta", "Gamma");
        assertThat(authors.count(Filters.isNotNull("nickname"), Filters.ne("nickname", "g")))
                .isEqualTo(2);

        ListAndCount<Book> first =
                books.listAndCount(Filters.search("title", "1", false), OrderBy.asc("title"), new LimitOffset(1, 0));
        assertThat(first.items()).extracting(Book::getTitle).containsExactly("A1");
        assertThat(first.total()).isEqualTo(2);
    }
}
