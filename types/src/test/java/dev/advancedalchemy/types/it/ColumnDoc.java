package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.JsonMapConverter;
import dev.advancedalchemy.types.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/** Shipped converters named by {@code @Convert} alone (none of them listed in the unit), one with its own column type. */
@Entity
@Table(name = "column_doc")
public class ColumnDoc {
    @Id
    @Column(name = "id")
    public Long id;

    @Convert(converter = JsonMapConverter.class)
    @Column(name = "attributes")
    public Map<String, Object> attributes;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at")
    public Instant createdAt;

    /** A columnDefinition chosen by the user wins over ours. */
    @Convert(converter = JsonMapConverter.class)
    @Column(name = "as_text", columnDefinition = "TEXT")
    public Map<String, Object> asText;
}
