package dev.advancedalchemy.types.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pgcrypto SQL of Python's {@code PGCryptoBackend}: passphrase {@code base64.urlsafe_b64encode(key.encode())}. */
class PgCryptoSqlTest {

    @Test
    void passphraseIsPythonsUrlSafeBase64WithPadding() {
        // Python: base64.urlsafe_b64encode("??>".encode()) == b"Pz8-"  (standard base64 would be "Pz8+")
        assertThat(PgCryptoSql.forKey("??>").passphrase()).isEqualTo("Pz8-");
        // Python: base64.urlsafe_b64encode("a".encode()) == b"YQ=="
        assertThat(PgCryptoSql.forKey("a").passphrase()).isEqualTo("YQ==");
        // UTF-8 key bytes: "é" is c3 a9 -> "w6k="
        assertThat(PgCryptoSql.forKey("é").passphrase()).isEqualTo("w6k=");
    }

    @Test
    void wrapsColumnAndParameterAsPythonDoes() {
        PgCryptoSql sql = PgCryptoSql.forKey("a");
        assertThat(sql.write()).isEqualTo("armor(pgp_sym_encrypt(?, 'YQ=='))");
        assertThat(sql.read("ssn")).isEqualTo("pgp_sym_decrypt(dearmor(ssn), 'YQ==')");
        assertThat(sql.toString()).doesNotContain("YQ==");
    }
}
