package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.UUIDv7Base;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class HTTPRequestLog extends UUIDv7Base implements Named {
    private @Nullable String name;

    public HTTPRequestLog() {}

    public HTTPRequestLog(String name) {
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
