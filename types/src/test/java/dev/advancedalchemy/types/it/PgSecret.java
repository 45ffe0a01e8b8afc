package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.PgCrypto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pg_secret")
public class PgSecret {
    @Id
    @Column(name = "id")
    public Long id;

    @PgCrypto(key = PgCryptoIT.KEY_NAME)
    @Column(name = "secret", columnDefinition = "text")
    public String secret;

    @Column(name = "label")
    public String label;
}
