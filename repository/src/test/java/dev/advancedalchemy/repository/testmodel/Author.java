package dev.advancedalchemy.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An author with a client-assigned UUID key, a unique name and its own audit timestamps. */
@Entity
@Table(name = "core_author", uniqueConstraints = @UniqueConstraint(name = "uq_core_author_name", columnNames = "name"))
public class Author {
    @Id
    @Column(length = 36)
    private String id = UUID.randomUUID().toString();

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String nickname;

    private Integer born;

    // Epoch milliseconds: exact on every database, whatever fractional-second precision its DDL gives a timestamp.
    @Column(name = "created_at")
    private Long createdAt;

    @Column(name = "updated_at")
    private Long updatedAt;

    @OneToMany(mappedBy = "author")
    private List<Book> books = new ArrayList<>();

    protected Author() {}

    public Author(String name) {
        this.name = name;
    }

    public Author(String name, String nickname, Integer born) {
        this.name = name;
        this.nickname = nickname;
        this.born = born;
    }

    /** A detached "patch": only the id and what the caller sets afterwards. */
    public static Author patch(String id) {
        Author a = new Author();
        a.id = id;
        a.books = null;
        return a;
    }

    @PrePersist
    void onCreate() {
        createdAt = System.currentTimeMillis();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = System.currentTimeMillis();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public Integer getBorn() {
        return born;
    }

    public void setBorn(Integer born) {
        this.born = born;
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : Instant.ofEpochMilli(createdAt);
    }

    public Instant getUpdatedAt() {
        return updatedAt == null ? null : Instant.ofEpochMilli(updatedAt);
    }

    public List<Book> getBooks() {
        return books;
    }
}
