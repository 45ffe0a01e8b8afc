package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.JsonMapConverter;
import dev.advancedalchemy.types.UtcInstantConverter;
import dev.advancedalchemy.types.eclipselink.AlchemyColumnTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.eclipse.persistence.annotations.Customizer;

/** Registers the EclipseLink column types per entity instead of per unit. */
@Entity
@Table(name = "customized_doc")
@Customizer(AlchemyColumnTypes.class)
public class CustomizedDoc {
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
