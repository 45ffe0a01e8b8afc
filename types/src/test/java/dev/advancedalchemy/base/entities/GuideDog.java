package dev.advancedalchemy.base.entities;

import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class GuideDog extends Animal {
    private @Nullable String handler;

    public @Nullable String getHandler() {
        return handler;
    }

    public void setHandler(@Nullable String handler) {
        this.handler = handler;
    }
}
