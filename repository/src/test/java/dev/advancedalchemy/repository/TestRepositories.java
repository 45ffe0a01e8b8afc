package dev.advancedalchemy.repository;

import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.repository.testmodel.Book;
import dev.advancedalchemy.repository.testmodel.Enrollment;
import dev.advancedalchemy.repository.testmodel.Membership;
import dev.advancedalchemy.repository.testmodel.Tag;
import java.util.List;

/** The repository interfaces the integration tests declare, as a user would. */
final class TestRepositories {
    private TestRepositories() {}

    interface AuthorRepository extends SyncRepository<Author, String> {
        /** A default method: runs as written, on top of the base methods. */
        default List<Author> addAll(String... names) {
            return addMany(java.util.Arrays.stream(names).map(Author::new).toList());
        }
    }

    interface BookRepository extends SyncRepository<Book, String> {}

    interface TagRepository extends SlugRepository<Tag, String> {}

    interface AuthorSlugs extends SlugRepository<Author, String> {}

    interface EnrollmentRepository extends SyncRepository<Enrollment, Enrollment.Key> {}

    interface MembershipRepository extends SyncRepository<Membership, Membership.Key> {}

    interface Queries extends QueryRepository {}
}
