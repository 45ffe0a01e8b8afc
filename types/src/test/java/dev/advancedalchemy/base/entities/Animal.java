package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv7AuditBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.jspecify.annotations.Nullable;

/** Root of a single-table hierarchy, to check that subclasses share the renamed table. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Animal extends UUIDv7AuditBase implements Named {
    private @Nullable String name;

    @Override
    public @Nullable String getName() {
        return name;
    }

    @Override
    public void setName(@Nullable String name) {
        this.name = name;
    }
}
