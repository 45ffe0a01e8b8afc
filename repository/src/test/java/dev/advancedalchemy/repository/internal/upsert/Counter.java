package dev.advancedalchemy.repository.internal.upsert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Test entity for the concurrency test: natural primary key, a written value and a version. */
@Entity
@Table(name = "upsert_counter")
public class Counter {
    @Id
    @Column(length = 20)
    private String code;

    @Column(name = "val", length = 40)
    private String value;

    @Version
    private Long version;

    public Counter() {}

    public Counter(String code, String value) {
        this.code = code;
        this.value = value;
    }

    public String getCode() {
        return code;
    }

    public String getValue() {
        return value;
    }

    public Long getVersion() {
        return version;
    }
}
