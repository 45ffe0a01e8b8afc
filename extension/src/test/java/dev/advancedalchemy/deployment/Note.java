package dev.advancedalchemy.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of the persistence.xml scenarios. */
@Entity
@Table(name = "dp_note")
public class Note {
    @Id
    private Long id;

    protected Note() {}
}
