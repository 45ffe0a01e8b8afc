package dev.advancedalchemy.repository;

import dev.advancedalchemy.repository.testmodel.Book;
import java.util.List;

/**
 * A user's repository that happens to live in the library's package: its own methods are still query methods
 * (see QueryMethodsLibraryTest).
 */
public interface ShelfRepository extends SlugRepository<Book, String> {
    List<Book> findByTitle(String title);

    /** Re-declares a base method (for its Javadoc): still served by the base implementation. */
    @Override
    java.util.Optional<Book> find(String id);
}
