package dev.advancedalchemy.examples.app.service;

import dev.advancedalchemy.examples.app.model.Author;
import dev.advancedalchemy.examples.app.model.AuthorRepository;
import dev.advancedalchemy.service.RepositoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The author service: everything comes from {@link RepositoryService}. {@code create(AuthorCreate)} stores the
 * author and its nested books in one go (the books' {@code author} is set from the nesting), and
 * {@code update(AuthorUpdate, id)} changes only the fields the request carried.
 */
@ApplicationScoped
public class AuthorService extends RepositoryService<Author, UUID> {
    /** The service over the injected repository. */
    @Inject
    public AuthorService(AuthorRepository repository) {
        super(repository);
    }

    /** For the CDI client proxy. */
    protected AuthorService() {}
}
