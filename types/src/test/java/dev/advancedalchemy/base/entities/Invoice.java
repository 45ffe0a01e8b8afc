package dev.advancedalchemy.base.entities;

import dev.advancedalchemy.base.AuditedBy;
import dev.advancedalchemy.base.UUIDv7AuditBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

@Entity
public class Invoice extends UUIDv7AuditBase implements AuditedBy, Named {
    private @Nullable String name;

    @Column(name = "created_by")
    private @Nullable String createdBy;

    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    @Override
    public @Nullable String getName() {
        return name;
    }

    @Override
    public void setName(@Nullable String name) {
        this.name = name;
    }

    @Override
    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    @Override
    public void setCreatedBy(@Nullable String createdBy) {
        this.createdBy = createdBy;
    }

    @Override
    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public void setUpdatedBy(@Nullable String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
