package dev.advancedalchemy.storage.it;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectListener;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A row with an identity id: Hibernate inserts it at persist, before any flush. */
@Entity
@Table(name = "avatar")
@EntityListeners(FileObjectListener.class)
public class Avatar {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Convert(converter = FileObjectConverter.class)
    @Column(columnDefinition = "text")
    private @Nullable FileObject image;

    protected Avatar() {}

    public Avatar(FileObject image) {
        this.image = image;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable FileObject getImage() {
        return image;
    }
}
