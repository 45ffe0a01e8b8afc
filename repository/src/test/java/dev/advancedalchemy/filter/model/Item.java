package dev.advancedalchemy.filter.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Rows with many ties in every sort key, for keyset pagination. */
@Entity
@Table(name = "flt_item")
public class Item {
    @Id
    private Long id;

    @Column(length = 20, nullable = false)
    private String category;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private Instant created;

    protected Item() {}

    public Item(Long id, String category, int score, Instant created) {
        this.id = id;
        this.category = category;
        this.score = score;
        this.created = created;
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public int getScore() {
        return score;
    }

    public Instant getCreated() {
        return created;
    }
}
