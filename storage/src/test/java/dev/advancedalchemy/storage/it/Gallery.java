package dev.advancedalchemy.storage.it;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectListener;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A second entity type using the same backend as {@link Document}. */
@Entity
@Table(name = "gallery")
@EntityListeners(FileObjectListener.class)
public class Gallery {
    @Id
    private long id;

    @Convert(converter = FileObjectConverter.class)
    @Column(columnDefinition = "text")
    private @Nullable FileObject image;

    protected Gallery() {}

    public Gallery(long id) {
        this.id = id;
    }

    public @Nullable FileObject getImage() {
        return image;
    }

    public void setImage(@Nullable FileObject image) {
        this.image = image;
    }
}
