package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv6AuditBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class UuidV6AuditThing extends UUIDv6AuditBase implements Named {
    private @Nullable String name;

    public UuidV6AuditThing() {}

    public UuidV6AuditThing(String name) {
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
