package dev.advancedalchemy.filter.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The movie of Python's filter test suite, plus a director (to-one path) and an opaque column. */
@Entity
@Table(name = "flt_movie")
public class Movie {
    @Id
    private Long id;

    @Column(length = 100, nullable = false)
    private String title;

    @Column(name = "release_date", nullable = false)
    private Instant releaseDate;

    @Column(length = 50, nullable = false)
    private String genre;

    private Integer rating;

    private boolean released = true;

    @ManyToOne(fetch = FetchType.LAZY)
    private Director director;

    @Convert(converter = OpaqueTextConverter.class)
    private String secret;

    protected Movie() {}

    public Movie(Long id, String title, Instant releaseDate, String genre, Integer rating, Director director) {
        this.id = id;
        this.title = title;
        this.releaseDate = releaseDate;
        this.genre = genre;
        this.rating = rating;
        this.director = director;
        this.secret = "s" + id;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getReleaseDate() {
        return releaseDate;
    }

    public String getGenre() {
        return genre;
    }

    public Integer getRating() {
        return rating;
    }

    public Director getDirector() {
        return director;
    }

    public void setReleased(boolean released) {
        this.released = released;
    }
}
