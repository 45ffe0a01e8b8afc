package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.UtcInstantConverter;
import dev.advancedalchemy.types.UtcOffsetDateTimeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

@Entity
@Table(name = "utc_event")
public class UtcEvent {
    @Id
    @Column(name = "id")
    public Long id;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "happened_at")
    public Instant happenedAt;

    @Convert(converter = UtcOffsetDateTimeConverter.class)
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
}
