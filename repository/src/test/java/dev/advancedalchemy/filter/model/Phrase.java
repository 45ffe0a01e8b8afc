package dev.advancedalchemy.filter.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the LIKE-escaping vectors. */
@Entity
@Table(name = "flt_phrase")
public class Phrase {
    @Id
    private Long id;

    @Column(name = "body", length = 20, nullable = false)
    private String text;

    protected Phrase() {}

    public Phrase(Long id, String text) {
        this.id = id;
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
