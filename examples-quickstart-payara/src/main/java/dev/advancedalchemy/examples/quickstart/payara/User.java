package dev.advancedalchemy.examples.quickstart.payara;

import dev.advancedalchemy.base.UUIDBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account") // optional: the table name would be "user"
public class User extends UUIDBase {
    private String email;
    private String name;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
