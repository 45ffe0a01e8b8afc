package dev.advancedalchemy.filter.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "flt_studio")
public class Studio {
    @Id
    private Long id;

    private String name;

    protected Studio() {}

    public Studio(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
