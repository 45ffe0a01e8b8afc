package dev.advancedalchemy.it.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of the CDI scenarios; ids are assigned by the tests so every database behaves alike. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    private String email;

    private int age;

    private boolean active;

    protected Person() {}

    public Person(long id, String name, String email, int age, boolean active) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.age = age;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public int getAge() {
        return age;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "Person[" + id + " " + name + "]";
    }
}
