package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDAuditBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class UuidV4AuditThing extends UUIDAuditBase implements Named {
    private @Nullable String name;

    public UuidV4AuditThing() {}

    public UuidV4AuditThing(String name) {
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
