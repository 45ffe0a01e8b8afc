package dev.advancedalchemy.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** No {@code @Table}: its table is named {@code ORDER}, a reserved word on H2, PostgreSQL and MariaDB. */
@Entity
public class Order {
    @Id
    private Long id;

    protected Order() {}
}
