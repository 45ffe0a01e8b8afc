package dev.advancedalchemy.it.eclipselink;

import dev.advancedalchemy.base.UUIDv7AuditBase;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectListener;
import dev.advancedalchemy.types.EncryptedText;
import dev.advancedalchemy.types.JsonMapConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import java.util.Map;

/** An application entity as the documentation writes one: a base class, shipped converters, a file. No @Table. */
@Entity
@EntityListeners(FileObjectListener.class)
public class PostCard extends UUIDv7AuditBase {
    @Convert(converter = JsonMapConverter.class)
    @Column(name = "attributes")
    public Map<String, Object> attributes;

    @Convert(converter = EncryptedText.class)
    @Column(name = "message", length = 4000)
    public String message;

    @Convert(converter = FileObjectConverter.class)
    @Column(name = "picture", length = 2000)
    public FileObject picture;
}
