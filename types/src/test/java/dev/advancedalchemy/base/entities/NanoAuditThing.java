package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.NanoIDAuditBase;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class NanoAuditThing extends NanoIDAuditBase implements Named {
    private @Nullable String name;

    public NanoAuditThing() {}

    public NanoAuditThing(String name) {
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
