package dev.advancedalchemy.examples.payara;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An author of books. */
@Entity
public class Author {
    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, length = 100)
    private String name = "";

    private @Nullable LocalDate dob;

    public UUID getId() {
        return id;
    }

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
}
