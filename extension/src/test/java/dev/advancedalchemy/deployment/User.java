package dev.advancedalchemy.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** No {@code @Table}: its table is named {@code USER}, reserved on H2 and PostgreSQL but not on MariaDB. */
@Entity
public class User {
    @Id
    private Long id;

    private String name;

    protected User() {}

    public User(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
