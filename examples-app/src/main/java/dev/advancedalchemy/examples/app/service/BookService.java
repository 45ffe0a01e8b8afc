package dev.advancedalchemy.examples.app.service;

import dev.advancedalchemy.examples.app.model.AuthorRepository;
import dev.advancedalchemy.examples.app.model.Book;
import dev.advancedalchemy.examples.app.model.BookRepository;
import dev.advancedalchemy.examples.app.model.Cover;
import dev.advancedalchemy.examples.app.schema.BookCreate;
import dev.advancedalchemy.examples.app.schema.CoverUpload;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.service.RepositoryService;
import dev.advancedalchemy.storage.FileObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The book service. Its {@link #toModelOnCreate} hook turns a {@link BookCreate}'s {@code authorId} into the author
 * (a {@code NotFoundException}, so a 404, when there is none), as Python services do in {@code to_model_on_create}.
 * Covers are files in the storage backend {@value Book#COVERS}: {@link #setCover} and {@link #clearCover} only change
 * the entity; the file lifecycle writes and deletes the files with the request's transaction.
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

    /**
     * Replaces the cover of book {@code id} with {@code content} (read once, streamed to storage) under a new key
     * (see {@link CoverUpload#storageKey}), and flushes, so the returned book's cover has its stored size and
     * checksum. The previous cover file is deleted after the commit; a rollback deletes the new file instead.
     *
     * @throws NotFoundException if there is no such book
     * @throws dev.advancedalchemy.exceptions.StorageException if the file cannot be written
     */
    public Book setCover(UUID id, CoverUpload upload, InputStream content) {
        Book book = get(id);
        book.setCoverFile(FileObject.of(Book.COVERS, upload.filename())
                .toFilename(upload.storageKey(id))
                .contentType(upload.contentType())
                .updateMetadata(Map.of(Cover.FILENAME, upload.filename()))
                .content(content));
        return update(book, id);
    }

    /**
     * Removes the cover of book {@code id} (its file is deleted after the commit).
     *
     * @throws NotFoundException if there is no such book
     */
    public Book clearCover(UUID id) {
        Book book = get(id);
        book.setCoverFile(null);
        return update(book, id);
    }

    /**
     * The cover of book {@code id}.
     *
     * @throws NotFoundException if there is no such book, or it has no cover
     */
    public FileObject cover(UUID id) {
        FileObject cover = get(id).getCoverFile();
        if (cover == null) {
            throw new NotFoundException("Book " + id + " has no cover");
        }
        return cover;
    }
}
