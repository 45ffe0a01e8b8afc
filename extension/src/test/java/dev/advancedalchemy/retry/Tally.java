package dev.advancedalchemy.retry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A counter two writers increment at once. */
@Entity
@Table(name = "rt_tally")
public class Tally {
    @Id
    private Long id;

    private int total;

    protected Tally() {}

    public Tally(long id, int total) {
        this.id = id;
        this.total = total;
    }

    public Long getId() {
        return id;
    }

    public int getTotal() {
        return total;
    }

    public void setTotal(int total) {
        this.total = total;
    }
}
