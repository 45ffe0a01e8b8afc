package dev.advancedalchemy.filter.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "flt_director")
public class Director {
    @Id
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    private Studio studio;

    @OneToMany(mappedBy = "director", fetch = FetchType.LAZY)
    private List<Movie> movies = new ArrayList<>();

    protected Director() {}

    public Director(Long id, String name, Studio studio) {
        this.id = id;
        this.name = name;
        this.studio = studio;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Studio getStudio() {
        return studio;
    }

    public List<Movie> getMovies() {
        return movies;
    }
}
