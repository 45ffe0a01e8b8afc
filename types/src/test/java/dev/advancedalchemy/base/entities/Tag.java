package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv7Base;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/** No unique constraint on purpose, so tests can create the duplicate rows Unique must reject. */
@Entity
public class Tag extends UUIDv7Base implements Named {
    private @Nullable String name;

    private @Nullable String colour;

    public Tag() {}

    public Tag(String name, @Nullable String colour) {
        this.name = name;
        this.colour = colour;
    }

    @Override
    public @Nullable String getName() {
        return name;
    }

    @Override
    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getColour() {
        return colour;
    }
}
