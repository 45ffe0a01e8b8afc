package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv6Base;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class UuidV6Thing extends UUIDv6Base implements Named {
    private @Nullable String name;

    public UuidV6Thing() {}

    public UuidV6Thing(String name) {
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
