package dev.advancedalchemy.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The benchmark row: a UUIDv7 key, a unique natural key, two data columns and a version. */
@Entity
@Table(name = "bench_item")
public class BenchItem {
    @Id
    @Column(columnDefinition = "uuid") // native on PostgreSQL and H2 (EclipseLink's default on H2 is NUMERIC)
    private @Nullable UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String sku = "";

    @Column(length = 64)
    private @Nullable String name;

    private int qty;

    @Version
    private @Nullable Long version;

    public BenchItem() {}

    public BenchItem(String sku, String name, int qty) {
        this.sku = sku;
        this.name = name;
        this.qty = qty;
    }

    @PrePersist
    void assignId() {
        if (id == null) {
            id = dev.advancedalchemy.types.UUIDs.v7();
        }
    }

    public @Nullable UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getSku() {
        return sku;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQty() {
        return qty;
    }

    public void setQty(int qty) {
        this.qty = qty;
    }
}
