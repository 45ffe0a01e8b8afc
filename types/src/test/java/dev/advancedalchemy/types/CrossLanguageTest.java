package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values produced by the Python library's algorithms are read here, with how each was made.
 *
 * <p>Fernet: the token below was made with Python {@code cryptography} 48.0.0 by the code path of Python Advanced
 * Alchemy's {@code FernetBackend} ({@code advanced_alchemy/types/encrypted_string.py}: {@code mount_vault} hashes the
 * UTF-8 key string with SHA-256, {@code init_engine} base64url-encodes the digest into a Fernet key,
 * {@code encrypt} encodes the value as UTF-8 and returns {@code fernet.encrypt(...).decode("utf-8")}):
 *
 * <pre>
 * key = "super-secret-key-from-python"
 * d = hashes.Hash(hashes.SHA256()); d.update(key.encode()); engine_key = d.finalize()
 * f = Fernet(base64.urlsafe_b64encode(engine_key))   # "A2alRCiPHQVu7GPcbiYohEHbEzTiGCI01dejP8IBq4Y="
 * f.encrypt("Grüße aus Python – 🐍".encode()).decode("utf-8")
 * </pre>
 *
 * <p>Argon2: Python Advanced Alchemy's {@code Argon2Hasher} is argon2-cffi's {@code PasswordHasher}; the hashes are
 * argon2-cffi's own test vectors ({@code vectors/argon2/argon2-cffi-vectors.json} of test-support, from
 * {@code tests/test_low_level.py}). PBKDF2: Python Advanced Alchemy's {@code PasslibHasher} with
 * {@code CryptContext(schemes=["pbkdf2_sha256"])}; the hash is passlib's {@code pbkdf2_sha256} known-correct vector
 * (passlib {@code tests/test_handlers.py}), recomputed here with {@code hashlib.pbkdf2_hmac("sha256", b"password",
 * ab64decode("4vjV83LKPjQzk31VI4E0Vw"), 1212)} and passlib's adapted base64.
 */
class CrossLanguageTest {
    private static final String PYTHON_KEY = "super-secret-key-from-python";
    private static final String PYTHON_TOKEN =
            "gAAAAABrCCZN64yEH37T0busu92cMz4_gtgHcMMiOq3beNkkluM3t-9DJ_B29_Ft9TlfIsltRnQ10NyP8FPU59zaCC8Ee1pVTsLivMsHOKcuyrLR42Q5Bo0=";

    @Test
    void decryptsATokenWrittenByPythonAdvancedAlchemy() {
        assertThat(Fernet.fromKeyString(PYTHON_KEY).decrypt(PYTHON_TOKEN)).isEqualTo("Grüße aus Python – 🐍");
        assertThat(Fernet.fromFernetKey("A2alRCiPHQVu7GPcbiYohEHbEzTiGCI01dejP8IBq4Y=")
                        .decrypt(PYTHON_TOKEN))
                .isEqualTo("Grüße aus Python – 🐍");
    }

    @Test
    void encryptedStringColumnReadsThePythonValue() {
        class PythonKeyColumn extends EncryptedString {
            PythonKeyColumn() {
                super(FernetKeyRing.ofKeyStrings(List.of(PYTHON_KEY)), 255, "Python.value");
            }
        }
        assertThat(new PythonKeyColumn().convertToEntityAttribute(PYTHON_TOKEN)).isEqualTo("Grüße aus Python – 🐍");
    }

    @Test
    void verifiesAnArgon2idHashFromArgon2Cffi() {
        HashedPassword stored = HashedPassword.fromEncoded(
                "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo");
        assertThat(stored.verify("password".toCharArray())).isTrue();
        assertThat(stored.verify("Password".toCharArray())).isFalse();
        assertThat(stored.needsRehash()).isTrue(); // t=2, our default (argon2-cffi's) is t=3
    }

    @Test
    void verifiesAPbkdf2Sha256HashFromPasslib() {
        HashedPassword stored = HashedPassword.fromEncoded(
                "$pbkdf2-sha256$1212$4vjV83LKPjQzk31VI4E0Vw$hsYF68OiOUPdDZ1Fg.fJPeq1h/gXXY7acBp9/6c.tmQ",
                PasswordHasher.pbkdf2Sha256());
        assertThat(stored.verify("password".toCharArray())).isTrue();
        assertThat(stored.verify("passwore".toCharArray())).isFalse();
        assertThat(stored.needsRehash()).isTrue();
    }
}
