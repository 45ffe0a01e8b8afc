package dev.advancedalchemy.base.entities;

import org.jspecify.annotations.Nullable;

/** Test entities with one plain attribute to update. */
public interface Named {
    @Nullable
    String getName();

    void setName(@Nullable String name);
}
