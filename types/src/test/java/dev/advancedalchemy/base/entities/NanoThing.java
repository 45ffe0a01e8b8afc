package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.NanoIDBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class NanoThing extends NanoIDBase implements Named {
    private @Nullable String name;

    public NanoThing() {}

    public NanoThing(String name) {
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
