package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.JsonListConverter;
import dev.advancedalchemy.types.JsonMapConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Every JSON flavour on one entity, mapped the way the README tells users to. */
@Entity
@Table(name = "json_doc")
public class JsonDoc {
    @Id
    @Column(name = "id")
    public Long id;

    @Convert(converter = JsonMapConverter.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes")
    public Map<String, Object> attributes;

    @Convert(converter = JsonListConverter.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tags")
    public List<Object> tags;

    @Convert(converter = ProfileJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "profile")
    public Profile profile;

    @Convert(converter = AddressesJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "addresses")
    public List<Address> addresses;
}
