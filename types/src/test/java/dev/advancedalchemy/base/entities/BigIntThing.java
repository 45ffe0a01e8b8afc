package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.BigIntBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class BigIntThing extends BigIntBase implements Named {
    private @Nullable String name;

    public BigIntThing() {}

    public BigIntThing(String name) {
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
