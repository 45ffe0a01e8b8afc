package dev.advancedalchemy.repository;

import java.util.Optional;

/**
 * A {@link SyncRepository} for entities with a unique {@code slug} attribute (such as those using the {@code
 * SlugKey} mixin): look rows up by slug and find a slug that is still free.
 *
 * <pre>{@code
 * public interface TagRepository extends SlugRepository<Tag, UUID> {}
 *
 * String slug = tags.getAvailableSlug("Hello, World!"); // "hello-world", or "hello-world-x7k2" when taken
 * Tag tag = tags.getBySlug("hello-world");
 * }</pre>
 *
 * <p>Rules: the entity must have a persistent attribute named {@code slug}; creating the repository fails with a
 * {@link dev.advancedalchemy.exceptions.RepositoryDefinitionException} otherwise. Slugs are made by {@link
 * dev.advancedalchemy.base.Slugify#slugify(String)}, which matches the Python library.
 */
public interface SlugRepository<T, ID> extends SyncRepository<T, ID> {

    /**
     * The row with this slug.
     *
     * @throws dev.advancedalchemy.exceptions.NotFoundException if there is none
     */
    T getBySlug(String slug);

    /** The row with this slug, if any. */
    Optional<T> findBySlug(String slug);

    /**
     * A slug for {@code value} that no row uses yet: the plain slug when free, else the slug with a random
     * four-character suffix ({@code -[a-z0-9]{4}}), re-checked until one is free (the Python library does not
     * re-check). Another transaction may still take it before yours commits; the unique constraint then reports a
     * {@link dev.advancedalchemy.exceptions.DuplicateKeyException}.
     *
     * @throws IllegalArgumentException if {@code value} slugifies to an empty string
     * @throws dev.advancedalchemy.exceptions.RepositoryException if no free slug was found after 50 attempts
     */
    String getAvailableSlug(String value);
}
