package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.GuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "guid_row")
public class GuidRow {
    @Id
    @Column(name = "id")
    public Long id;

    @Convert(converter = GuidConverter.class)
    @Column(name = "ref")
    public UUID ref;
}
