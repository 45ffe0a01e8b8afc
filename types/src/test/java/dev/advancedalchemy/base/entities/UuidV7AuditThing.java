package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv7AuditBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class UuidV7AuditThing extends UUIDv7AuditBase implements Named {
    private @Nullable String name;

    public UuidV7AuditThing() {}

    public UuidV7AuditThing(String name) {
        this.name = name;
    }

    @Override
    public @Nullable String getName() {
        return name;
    }

    @Override
    public void setName(@Nullable String name) {
        this.name = name;
    }
}
