package dev.advancedalchemy.types.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The SQL fragments of a pgcrypto column, as Python's {@code PGCryptoBackend} builds them, for provider adapters
 * that put SQL around a column (Hibernate's column read/write expressions).
 */
public final class PgCryptoSql {
    private final String passphrase;

    private PgCryptoSql(String passphrase) {
        this.passphrase = passphrase;
    }

    /** Derives the passphrase as Python does: {@code base64.urlsafe_b64encode(key.encode())}, padding kept. */
    public static PgCryptoSql forKey(String keyString) {
        // base64url uses only [A-Za-z0-9_=-], so the passphrase is a safe SQL string literal
        return new PgCryptoSql(Base64.getUrlEncoder().encodeToString(keyString.getBytes(StandardCharsets.UTF_8)));
    }

    /** The passphrase pgcrypto receives. */
    public String passphrase() {
        return passphrase;
    }

    /** The expression that reads {@code column} as plaintext. */
    public String read(String column) {
        return "pgp_sym_decrypt(dearmor(" + column + "), '" + passphrase + "')";
    }

    /** The expression that encrypts the bound parameter {@code ?} into ASCII-armored ciphertext. */
    public String write() {
        return "armor(pgp_sym_encrypt(?, '" + passphrase + "'))";
    }

    @Override
    public String toString() {
        return "PgCryptoSql[passphrase=***]";
    }
}
