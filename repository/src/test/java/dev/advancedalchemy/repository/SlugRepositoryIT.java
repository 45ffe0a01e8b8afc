package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.repository.TestRepositories.AuthorSlugs;
import dev.advancedalchemy.repository.TestRepositories.TagRepository;
import dev.advancedalchemy.repository.testmodel.Tag;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.Set;

/** Slug lookups and free-slug search (re-checked, unlike the Python library). */
class SlugRepositoryIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    private static TagRepository setUp(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        return Repositories.of(TagRepository.class, emf.createEntityManager(), COMMIT);
    }

    private static Tag tag(String name, String slug) {
        Tag t = new Tag(name);
        t.setSlug(slug);
        return t;
    }

    @DatabaseTest
    void getBySlugFindsTheRow(TestDatabase db) {
        TagRepository tags = setUp(db);
        tags.add(tag("Hello World", "hello-world"));

        assertThat(tags.getBySlug("hello-world").getName()).isEqualTo("Hello World");
        assertThat(tags.findBySlug("nope")).isEmpty();
        assertThatThrownBy(() -> tags.getBySlug("nope"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
    }

    @DatabaseTest
    void availableSlugsAreFreeAndSuffixedWhenTaken(TestDatabase db) {
        TagRepository tags = setUp(db);

        assertThat(tags.getAvailableSlug("Hello, World!")).isEqualTo("hello-world");
        tags.add(tag("first", "hello-world"));

        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String slug = tags.getAvailableSlug("Hello, World!");
            assertThat(slug).matches("hello-world-[a-z0-9]{4}");
            assertThat(issued.add(slug)).isTrue();
            tags.add(tag("tag " + i, slug));
        }
        assertThat(tags.count()).isEqualTo(6);
    }

    @DatabaseTest
    void entitiesWithoutASlugCannotHaveASlugRepository(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);

        assertThatThrownBy(() -> Repositories.of(AuthorSlugs.class, emf.createEntityManager()))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessageContaining("no 'slug' attribute");
    }
}
