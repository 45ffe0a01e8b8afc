package dev.advancedalchemy.repository.internal.upsert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Test entity: client-side generated UUID id (as text), unique natural key, converted column, version and audit columns. */
@Entity
@Table(name = "upsert_gadget")
public class Gadget {
    @Id
    @Column(length = 36) // text, not UUID: EclipseLink 5's UUID columns do not work on H2
    private String id;

    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    @Column(length = 80)
    private String name;

    @Convert(converter = PriceConverter.class)
    @Column(name = "price_cents")
    private Price price;

    private Integer stock;

    @Version
    private Long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public Gadget() {}

    public Gadget(String sku, String name, Price price, Integer stock) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.stock = stock;
    }

    @Transient
    private int postPersistCalls;

    @PrePersist
    void stamp() {
        // A client-side id like the project's base classes assign (EclipseLink's GenerationType.UUID asks the
        // database for every single id).
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @PostPersist
    void persisted() {
        postPersistCalls++;
    }

    /** How often {@code @PostPersist} ran on this instance (not stored). */
    public int getPostPersistCalls() {
        return postPersistCalls;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Price getPrice() {
        return price;
    }

    public Integer getStock() {
        return stock;
    }

    public Long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
