package dev.advancedalchemy.examples.se;

import dev.advancedalchemy.base.UUIDBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account") // optional: the table name would be "user"
public class User extends UUIDBase {
    private String email;
    private String name;

    protected User() {} // for JPA

    public User(String email, String name) {
        this.email = email;
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }
}
