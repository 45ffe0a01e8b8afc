package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.IdentityBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class IdentityThing extends IdentityBase implements Named {
    private @Nullable String name;

    public IdentityThing() {}

    public IdentityThing(String name) {
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
