package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv7Base;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "legacy_things")
public class ExplicitlyNamed extends UUIDv7Base implements Named {
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
