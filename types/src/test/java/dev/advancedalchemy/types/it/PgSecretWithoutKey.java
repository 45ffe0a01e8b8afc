package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.PgCrypto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Names a key that no test configures. */
@Entity
@Table(name = "pg_secret_without_key")
public class PgSecretWithoutKey {
    @Id
    @Column(name = "id")
    public Long id;

    @PgCrypto(key = "pgcrypto-it-unset")
    @Column(name = "secret", columnDefinition = "text")
    public String secret;
}
