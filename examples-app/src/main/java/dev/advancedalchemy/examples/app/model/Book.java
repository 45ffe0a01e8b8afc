package dev.advancedalchemy.examples.app.model;

import dev.advancedalchemy.base.UUIDAuditBase;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectListener;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A book (table {@code book}) with its audit columns {@code created_at}/{@code updated_at}, its author and an optional
 * cover image. The cover is a {@link FileObject} in the storage backend {@value #COVERS}, kept in column {@code cover}
 * as the JSON object Python Advanced Alchemy stores; the {@link FileObjectListener} ties the file to the row's
 * transaction (written at flush, replaced or removed files deleted after commit, new files deleted after a
 * rollback).
 */
@Entity
@EntityListeners(FileObjectListener.class)
public class Book extends UUIDAuditBase {
    /** The key of the storage backend that holds the covers ({@code alchemy.storage.covers.*}). */
    public static final String COVERS = "covers";

    @Column(nullable = false, length = 200)
    private String title = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, foreignKey = @ForeignKey(name = "fk_book_author_id_author"))
    private @Nullable Author author;

    @Convert(converter = FileObjectConverter.class)
    @Column(name = "cover", columnDefinition = "text")
    private @Nullable FileObject coverFile;

    /** For JPA and the service's input conversion. */
    protected Book() {}

    /** A new book by {@code author}. */
    public Book(String title, Author author) {
        this.title = title;
        this.author = author;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The author; never {@code null} once stored. */
    public Author getAuthor() {
        return Objects.requireNonNull(author, "a book needs an author");
    }

    /** The author's id, read without loading the author (for response schemas). */
    public UUID getAuthorId() {
        return Objects.requireNonNull(getAuthor().getId(), "the author has no id yet");
    }

    /** The cover image, or {@code null} when the book has none. */
    public @Nullable FileObject getCoverFile() {
        return coverFile;
    }

    /**
     * Sets or clears the cover; a file with pending content is written when the change is flushed, and the file it
     * replaces is deleted after the commit.
     */
    public void setCoverFile(@Nullable FileObject coverFile) {
        this.coverFile = coverFile;
    }

    /** What response schemas show of the stored cover, or {@code null} when there is none (for response schemas). */
    public @Nullable Cover getCover() {
        return coverFile == null ? null : Cover.of(coverFile);
    }
}
