package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.BigIntAuditBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class BigIntAuditThing extends BigIntAuditBase implements Named {
    private @Nullable String name;

    public BigIntAuditThing() {}

    public BigIntAuditThing(String name) {
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
