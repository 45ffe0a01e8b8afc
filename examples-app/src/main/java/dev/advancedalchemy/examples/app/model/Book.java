package dev.advancedalchemy.examples.app.model;

import dev.advancedalchemy.base.UUIDAuditBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A book (table {@code book}) with its audit columns {@code created_at}/{@code updated_at} and its author. */
@Entity
public class Book extends UUIDAuditBase {
    @Column(nullable = false, length = 200)
    private String title = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, foreignKey = @ForeignKey(name = "fk_book_author_id_author"))
    private @Nullable Author author;

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
}
