package dev.advancedalchemy.repository;

import static dev.advancedalchemy.repository.CoreJpa.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.TestRepositories.BookRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.repository.testmodel.Book;
import dev.advancedalchemy.repository.testmodel.Tag;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Partial updates: only set attributes are written, relationships nobody touched survive (Python regressions
 * #535, #560, #684), and a no-op update does not move {@code updated_at}.
 */
class PartialUpdateIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    private static EntityManagerFactory setUp(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        return emf;
    }

    private static Author seedAuthor(EntityManagerFactory emf) {
        Author a = new Author("Ursula K. Le Guin", "UKL", 1929);
        CoreJpa.run(emf, em -> em.persist(a));
        return a;
    }

    @DatabaseTest
    void onlyTheAttributesSetOnAPatchAreWritten(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author seeded = seedAuthor(emf);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);

        Author patch = Author.patch(seeded.getId());
        patch.setNickname("Ursula");
        Author updated = authors.update(patch);

        assertThat(updated.getNickname()).isEqualTo("Ursula");
        Author row = stored(emf, Author.class, seeded.getId());
        assertThat(row.getNickname()).isEqualTo("Ursula");
        assertThat(row.getName()).isEqualTo("Ursula K. Le Guin");
        assertThat(row.getBorn()).isEqualTo(1929);
        assertThat(row.getCreatedAt()).isEqualTo(seeded.getCreatedAt());
        em.close();
    }

    @DatabaseTest
    void aNoOpUpdateDoesNotTouchUpdatedAt(TestDatabase db) throws Exception {
        EntityManagerFactory emf = setUp(db);
        Author seeded = seedAuthor(emf);
        Instant before = stored(emf, Author.class, seeded.getId()).getUpdatedAt();
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);

        Author same = Author.patch(seeded.getId());
        same.setName("Ursula K. Le Guin");
        same.setBorn(1929);
        authors.update(same);
        Instant afterNoOp = stored(emf, Author.class, seeded.getId()).getUpdatedAt();

        Author changed = Author.patch(seeded.getId());
        changed.setBorn(1930);
        waitForClockToMove(before);
        authors.update(changed);
        Instant afterChange = stored(emf, Author.class, seeded.getId()).getUpdatedAt();

        assertThat(afterNoOp).isEqualTo(before);
        assertThat(afterChange).isAfter(before);
        em.close();
    }

    // Not a timing assertion: only makes sure "now" differs from the seeded millisecond.
    private static void waitForClockToMove(Instant since) {
        while (!Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).isAfter(since)) {
            Thread.onSpinWait();
        }
    }

    @DatabaseTest
    void relationshipsTheCallerDidNotSetAreLeftAlone(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author author = seedAuthor(emf);
        Tag scifi = new Tag("scifi");
        Tag classic = new Tag("classic");
        Book book = CoreJpa.inTx(emf, em -> {
            em.persist(scifi);
            em.persist(classic);
            Book b = new Book("The Dispossessed", em.find(Author.class, author.getId()));
            b.setTags(Set.of(scifi, classic));
            em.persist(b);
            return b;
        });
        EntityManager em = emf.createEntityManager();
        BookRepository books = Repositories.of(BookRepository.class, em, COMMIT);

        Book patch = Book.patch(book.getId());
        patch.setPages(387);
        books.update(patch);

        Book row = CoreJpa.fresh(emf, other -> {
            Book b = other.find(Book.class, book.getId());
            b.getTags().size();
            b.getAuthor().getName();
            return b;
        });
        assertThat(row.getPages()).isEqualTo(387);
        assertThat(row.getTitle()).isEqualTo("The Dispossessed");
        assertThat(row.getAuthor().getId()).isEqualTo(author.getId());
        assertThat(row.getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("scifi", "classic");
        em.close();
    }

    @DatabaseTest
    void aDetachedRowWithLazyRelationshipsNotLoadedKeepsThem(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author author = seedAuthor(emf);
        Tag tag = new Tag("fantasy");
        String bookId = CoreJpa.inTx(emf, em -> {
            em.persist(tag);
            Book b = new Book("A Wizard of Earthsea", em.find(Author.class, author.getId()));
            b.setTags(Set.of(tag));
            em.persist(b);
            return b.getId();
        });
        // Read in one entity manager, close it (detaching the row with its lazy tags unloaded), change the title.
        EntityManager reader = emf.createEntityManager();
        Book detached = reader.find(Book.class, bookId);
        reader.close();
        detached.setTitle("A Wizard of Earthsea (50th anniversary)");
        EntityManager em = emf.createEntityManager();
        BookRepository books = Repositories.of(BookRepository.class, em, COMMIT);

        books.update(detached);

        List<String> tags = CoreJpa.query(emf, "select t.name from Book b join b.tags t", String.class);
        assertThat(tags).containsExactly("fantasy");
        assertThat(CoreJpa.query(emf, "select b.title from Book b", String.class))
                .containsExactly("A Wizard of Earthsea (50th anniversary)");
        em.close();
    }

    @DatabaseTest
    void settingARelationshipChangesOnlyTheLink(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author first = seedAuthor(emf);
        Author second = new Author("Octavia E. Butler", "OEB", 1947);
        String bookId = CoreJpa.inTx(emf, em -> {
            em.persist(second);
            Book b = new Book("Kindred", em.find(Author.class, first.getId()));
            em.persist(b);
            return b.getId();
        });
        EntityManager em = emf.createEntityManager();
        BookRepository books = Repositories.of(BookRepository.class, em, COMMIT);

        Book patch = Book.patch(bookId);
        Author reference = Author.patch(second.getId()); // only an id: its other columns must not be overwritten
        patch.setAuthor(reference);
        books.update(patch);

        assertThat(CoreJpa.query(emf, "select b.author.name from Book b", String.class))
                .containsExactly("Octavia E. Butler");
        assertThat(stored(emf, Author.class, second.getId()).getBorn()).isEqualTo(1947);
        em.close();
    }

    @DatabaseTest
    void aManagedInstanceIsWrittenAsChangedIncludingNulls(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author seeded = seedAuthor(emf);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);

        Author managed = authors.get(seeded.getId());
        managed.setNickname(null);
        authors.update(managed);

        assertThat(stored(emf, Author.class, seeded.getId()).getNickname()).isNull();
        em.close();
    }

    @DatabaseTest
    void updatingAMissingRowIsNotFound(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        AuthorRepository authors = Repositories.of(AuthorRepository.class, emf.createEntityManager(), COMMIT);

        Author ghost = Author.patch("no-such-id");
        ghost.setName("Ghost");

        assertThatThrownBy(() -> authors.update(ghost))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Author");
        assertThat(authors.count()).isZero();
    }

    @DatabaseTest
    void updateManyWritesEveryRowAndReturnsTheFreshRows(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        List<Author> seeded = List.of(new Author("A", "a", 1), new Author("B", "b", 2), new Author("C", "c", 3));
        CoreJpa.run(emf, em -> seeded.forEach(em::persist));
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);

        List<Author> patches = seeded.stream()
                .map(a -> {
                    Author p = Author.patch(a.getId());
                    p.setNickname(a.getNickname().toUpperCase());
                    return p;
                })
                .toList();
        List<Author> updated = authors.updateMany(patches);

        assertThat(updated).extracting(Author::getName).containsExactly("A", "B", "C");
        assertThat(updated).extracting(Author::getNickname).containsExactly("A", "B", "C");
        assertThat(CoreJpa.query(emf, "select a.nickname from Author a order by a.name", String.class))
                .containsExactly("A", "B", "C");
        assertThat(CoreJpa.query(emf, "select a.born from Author a order by a.name", Integer.class))
                .containsExactly(1, 2, 3);
        em.close();
    }

    @DatabaseTest
    void updateManyWithAMissingRowWritesNothing(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        Author seeded = seedAuthor(emf);
        EntityManager em = emf.createEntityManager();
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em, COMMIT);
        Author real = Author.patch(seeded.getId());
        real.setNickname("changed");
        Author ghost = Author.patch("missing");
        ghost.setNickname("ghost");

        assertThatThrownBy(() -> authors.updateMany(List.of(real, ghost)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("1 of the Author rows");
        assertThat(stored(emf, Author.class, seeded.getId()).getNickname()).isEqualTo("UKL");
        em.close();
    }
}
