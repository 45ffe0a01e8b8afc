package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.GuidHexConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "guid_hex_row")
public class GuidHexRow {
    @Id
    @Column(name = "id")
    public Long id;

    @Convert(converter = GuidHexConverter.class)
    @Column(name = "ref", length = 32)
    public UUID ref;
}
