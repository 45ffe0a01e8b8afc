package dev.advancedalchemy.base;

import org.jspecify.annotations.Nullable;

/**
 * An entity with a unique, URL-friendly {@code slug} column ({@code VARCHAR(100)}), the Python {@code SlugKey}
 * mixin. Java has single inheritance and the twelve base classes already take the superclass slot, so the entity
 * implements this interface and maps the column with the constants below:
 *
 * <pre>{@code
 * @Entity
 * public class Tag extends UUIDv7AuditBase implements SlugKey {
 *     @Column(name = SlugKey.COLUMN, length = SlugKey.LENGTH, nullable = false, unique = true)
 *     private String slug;
 *     public String getSlug() { return slug; }
 *     public void setSlug(String slug) { this.slug = slug; }
 * }
 * tag.setSlug(Slugify.slugify("Hello World! Ça va?"));   // "hello-world-ca-va"
 * }</pre>
 *
 * <p>The attribute is named {@code slug}, which {@code SlugRepository.getBySlug} relies on.
 */
public interface SlugKey {
    /** The column name. */
    String COLUMN = "slug";

    /** The column length, as in the Python library. */
    int LENGTH = 100;

    /** The slug, or {@code null} before it is assigned. */
    @Nullable
    String getSlug();

    /** Sets the slug; at most {@link #LENGTH} characters. */
    void setSlug(@Nullable String slug);
}
