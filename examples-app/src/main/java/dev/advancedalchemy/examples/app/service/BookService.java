package dev.advancedalchemy.examples.app.service;

import dev.advancedalchemy.examples.app.model.AuthorRepository;
import dev.advancedalchemy.examples.app.model.Book;
import dev.advancedalchemy.examples.app.model.BookRepository;
import dev.advancedalchemy.examples.app.schema.BookCreate;
import dev.advancedalchemy.service.RepositoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The book service. Its {@link #toModelOnCreate} hook turns a {@link BookCreate}'s {@code authorId} into the author
 * (a {@code NotFoundException}, so a 404, when there is none), as Python services do in {@code to_model_on_create}.
 */
@ApplicationScoped
public class BookService extends RepositoryService<Book, UUID> {
    private final @Nullable AuthorRepository authors;

    /** The service over the injected repositories. */
    @Inject
    public BookService(BookRepository books, AuthorRepository authors) {
        super(books);
        this.authors = authors;
    }

    /** For the CDI client proxy. */
    protected BookService() {
        this.authors = null;
    }

    @Override
    protected Object toModelOnCreate(Object data) {
        if (data instanceof BookCreate input) {
            return new Book(input.title(), Objects.requireNonNull(authors).get(input.authorId()));
        }
        return data;
    }
}
