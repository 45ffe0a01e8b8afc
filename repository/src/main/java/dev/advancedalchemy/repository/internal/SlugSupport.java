package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.base.Slugify;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.ErrorKind;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.SlugRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Implements the slug methods of {@link SlugRepository} for a proxy (the CRUD methods go to the sync implementation). */
final class SlugSupport<T> {
    static final String SLUG = "slug";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int ATTEMPTS = 50;

    private final Supplier<EntityManager> entityManagers;
    private final Options defaults;
    private final EntityModel<T> model;
    private final RowLoader<T> rows;

    SlugSupport(Class<T> type, Supplier<EntityManager> entityManagers, Options defaults, Class<?> repository) {
        this.entityManagers = entityManagers;
        this.defaults = defaults;
        this.model = new EntityModel<>(type, entityManagers.get().getMetamodel());
        if (!model.attributes().containsKey(SLUG)) {
            throw new RepositoryDefinitionException(repository.getName() + " extends SlugRepository but entity "
                    + model.name() + " has no 'slug' attribute: add one (e.g. with the SlugKey mixin) or extend"
                    + " SyncRepository instead");
        }
        this.rows = new RowLoader<>(model);
    }

    private Optional<T> find(String slug) {
        Objects.requireNonNull(slug, "slug");
        EntityManager em = entityManagers.get();
        return TransactionScope.read(
                em, defaults, model.name(), () -> rows.byAttribute(em, SLUG, slug, List.of(), false));
    }

    private String available(String value) {
        String slug = Slugify.slugify(Objects.requireNonNull(value, "value"));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' has no characters a slug can keep");
        }
        if (find(slug).isEmpty()) {
            return slug;
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = slug + "-" + suffix();
            if (find(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new RepositoryException(
                "no free slug for " + model.name() + " based on '" + slug + "' after " + ATTEMPTS + " attempts");
    }

    private static String suffix() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    // The SlugRepository methods; the proxy dispatches to them by name and parameter types.

    T getBySlug(String slug) {
        return find(slug)
                .orElseThrow(() -> new NotFoundException(Messages.render(
                        ErrorKind.NOT_FOUND, defaults, model.name(), null, "no {entity} with slug " + slug)));
    }

    Optional<T> findBySlug(String slug) {
        return find(slug);
    }

    String getAvailableSlug(String value) {
        return available(value);
    }
}
