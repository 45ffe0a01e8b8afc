package dev.advancedalchemy.it.files;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectListener;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row with a file, saved and deleted by the file lifecycle inside the extension's transactions. */
@Entity
@Table(name = "file_post")
@EntityListeners(FileObjectListener.class)
public class Post {
    @Id
    private Long id;

    @Convert(converter = FileObjectConverter.class)
    @Column(columnDefinition = "text")
    private FileObject cover;

    protected Post() {}

    public Post(long id, FileObject cover) {
        this.id = id;
        this.cover = cover;
    }

    public FileObject getCover() {
        return cover;
    }

    public void setCover(FileObject cover) {
        this.cover = cover;
    }
}
