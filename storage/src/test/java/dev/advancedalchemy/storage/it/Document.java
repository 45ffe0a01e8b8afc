package dev.advancedalchemy.storage.it;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectList;
import dev.advancedalchemy.storage.FileObjectListConverter;
import dev.advancedalchemy.storage.FileObjectListener;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A row with one file and a list of files. */
@Entity
@Table(name = "document")
@EntityListeners(FileObjectListener.class)
public class Document {
    @Id
    private long id;

    private String title = "";

    @Convert(converter = FileObjectConverter.class)
    @Column(columnDefinition = "text")
    private @Nullable FileObject file;

    @Convert(converter = FileObjectListConverter.class)
    @Column(columnDefinition = "text")
    private FileObjectList attachments = new FileObjectList();

    protected Document() {}

    public Document(long id) {
        this.id = id;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable FileObject getFile() {
        return file;
    }

    public void setFile(@Nullable FileObject file) {
        this.file = file;
    }

    public FileObjectList getAttachments() {
        return attachments;
    }

    public void setAttachments(FileObjectList attachments) {
        this.attachments = attachments;
    }
}
