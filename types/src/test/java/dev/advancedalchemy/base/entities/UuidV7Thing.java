package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv7Base;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class UuidV7Thing extends UUIDv7Base implements Named {
    private @Nullable String name;

    public UuidV7Thing() {}

    public UuidV7Thing(String name) {
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
