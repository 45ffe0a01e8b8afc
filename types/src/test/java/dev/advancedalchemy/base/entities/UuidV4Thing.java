package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class UuidV4Thing extends UUIDBase implements Named {
    private @Nullable String name;

    public UuidV4Thing() {}

    public UuidV4Thing(String name) {
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
