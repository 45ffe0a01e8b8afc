package dev.advancedalchemy.commitmode;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row each request writes; the tests read the table over JDBC to see what was committed. */
@Entity
@Table(name = "cm_note")
public class Note {
    @Id
    private Long id;

    private String text;

    protected Note() {}

    public Note(long id, String text) {
        this.id = id;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
