package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.IdentityAuditBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class IdentityAuditThing extends IdentityAuditBase implements Named {
    private @Nullable String name;

    public IdentityAuditThing() {}

    public IdentityAuditThing(String name) {
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
