package dev.advancedalchemy.examples.quickstart.quarkus;

import dev.advancedalchemy.base.UUIDBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account") // optional: the table name would be "user"
public class User extends UUIDBase {
    public String email;
    public String name;
}
