package dev.advancedalchemy.examples.app.model;

import dev.advancedalchemy.base.UUIDBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An author (table {@code author}): a unique name, an optional date of birth and the books written. Books given when
 * the author is created are stored with it; an author who still has books cannot be deleted (the foreign key of
 * {@code book.author_id} refuses, which the API answers with 409).
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uq_author_name", columnNames = "name"))
public class Author extends UUIDBase {
    @Column(nullable = false, length = 100)
    private String name = "";

    private @Nullable LocalDate dob;

    @OneToMany(mappedBy = "author", cascade = CascadeType.PERSIST)
    @OrderBy("title")
    private List<Book> books = new ArrayList<>();

    /** For JPA and the service's input conversion. */
    protected Author() {}

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable LocalDate getDob() {
        return dob;
    }

    public void setDob(@Nullable LocalDate dob) {
        this.dob = dob;
    }

    /** The author's books, ordered by title when loaded. */
    public List<Book> getBooks() {
        return books;
    }
}
