/**
 * Typed repositories over Jakarta Persistence: {@link dev.advancedalchemy.repository.SyncRepository} (CRUD, bulk
 * writes, native upserts, filtered reads), {@link dev.advancedalchemy.repository.QueryRepository} (JPQL and
 * native SQL), their per-call {@link dev.advancedalchemy.repository.Options}, and {@link
 * dev.advancedalchemy.repository.Repositories} to create them without a container.
 *
 * <pre>{@code
 * public interface BookRepository extends SyncRepository<Book, UUID> {}
 * BookRepository books = Repositories.of(BookRepository.class, em);
 * books.addMany(List.of(new Book("A"), new Book("B")), Options.defaults().withAutoCommit(true));
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.repository;

import org.jspecify.annotations.NullMarked;
