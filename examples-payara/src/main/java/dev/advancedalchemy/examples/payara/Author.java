package dev.advancedalchemy.examples.payara;

import dev.advancedalchemy.base.UUIDBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An author of books. */
@Entity
public class Author extends UUIDBase {
    @Column(nullable = false, length = 100)
    private String name = "";

    private @Nullable LocalDate dob;

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
