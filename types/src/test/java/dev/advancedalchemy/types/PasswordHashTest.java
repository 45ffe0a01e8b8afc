package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
    /** Cheap Argon2id parameters so the tests stay fast; the defaults are covered once. */
    private static final Argon2Hasher CHEAP = new Argon2Hasher("argon2id", 64, 1, 1, 16, 32);

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger log = Logger.getLogger("dev.advancedalchemy.types.HashedPassword");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
    }

    @Test
    void defaultIsArgon2idWithArgon2CffiParametersAndWipesThePlaintext() {
        char[] typed = "correct horse".toCharArray();
        HashedPassword hashed = HashedPassword.create(typed);

        assertThat(typed).containsOnly('\0');
        assertThat(hashed.encoded())
                .startsWith("$argon2id$v=19$m=65536,t=3,p=4$")
                .hasSize(97);
        assertThat(hashed.verify("correct horse".toCharArray())).isTrue();
        assertThat(hashed.verify("correct horse ".toCharArray())).isFalse();
        assertThat(hashed.needsRehash()).isFalse();
        assertThat(hashed).hasToString("HashedPassword[argon2id]");
        assertThat(hashed.toString()).doesNotContain(hashed.encoded());
    }

    @Test
    void samePasswordGivesDifferentSaltedHashes() {
        HashedPassword a = HashedPassword.create("pw".toCharArray(), CHEAP);
        HashedPassword b = HashedPassword.create("pw".toCharArray(), CHEAP);

        assertThat(a).isNotEqualTo(b);
        assertThat(a.verify("pw".toCharArray())).isTrue();
        assertThat(b.verify("pw".toCharArray())).isTrue();
        assertThat(HashedPassword.fromEncoded(a.encoded())).isEqualTo(a);
    }

    @Test
    void plaintextIsWipedEvenWhenHashingFails() {
        char[] typed = "secret".toCharArray();
        PasswordHasher failing = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                throw new IllegalStateException("native library missing");
            }

            @Override
            public boolean verify(String encoded, char[] password) {
                return false;
            }

            @Override
            public boolean needsRehash(String encoded) {
                return false;
            }
        };
        try {
            HashedPassword.create(typed, failing);
        } catch (IllegalStateException expected) {
            // the failure itself is not under test
        }
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void needsRehashWhenParametersOrSchemeDiffer() {
        HashedPassword cheap = HashedPassword.create("pw".toCharArray(), CHEAP);
        assertThat(HashedPassword.fromEncoded(cheap.encoded(), CHEAP).needsRehash())
                .isFalse();
        assertThat(HashedPassword.fromEncoded(cheap.encoded()).needsRehash()).isTrue(); // vs defaults
        assertThat(new Argon2Hasher("argon2id", 64, 2, 1, 16, 32).needsRehash(cheap.encoded()))
                .isTrue();
        assertThat(new Argon2Hasher("argon2i", 64, 1, 1, 16, 32).needsRehash(cheap.encoded()))
                .isTrue();

        Pbkdf2Hasher pbkdf2 = new Pbkdf2Hasher(2_000, 16);
        String pbkdf2Hash = pbkdf2.hash("pw".toCharArray());
        assertThat(pbkdf2.needsRehash(pbkdf2Hash)).isFalse();
        assertThat(new Pbkdf2Hasher(3_000, 16).needsRehash(pbkdf2Hash)).isTrue();
        assertThat(CHEAP.needsRehash(pbkdf2Hash)).isTrue(); // migrate PBKDF2 users to Argon2id on login
        assertThat(pbkdf2.needsRehash(cheap.encoded())).isTrue();
        assertThat(CHEAP.needsRehash("garbage")).isFalse(); // as Python: never true for an unparsable string
    }

    @Test
    void pbkdf2UsesPasslibFormatAndVerifiesAcrossPolicies() {
        Pbkdf2Hasher pbkdf2 = new Pbkdf2Hasher(1_000, 16);
        char[] typed = "pässwörd".toCharArray();
        HashedPassword hashed = HashedPassword.create(typed, pbkdf2);

        assertThat(typed).containsOnly('\0');
        assertThat(hashed.encoded()).matches("\\$pbkdf2-sha256\\$1000\\$[A-Za-z0-9./]{22}\\$[A-Za-z0-9./]{43}");
        assertThat(hashed.scheme()).isEqualTo("pbkdf2-sha256");
        assertThat(hashed.verify("pässwörd".toCharArray())).isTrue();
        assertThat(CHEAP.verify(hashed.encoded(), "pässwörd".toCharArray())).isTrue();
        assertThat(hashed.verify("passwörd".toCharArray())).isFalse();
    }

    @Test
    void emptyPasswordsHashAndVerify() {
        assertThat(HashedPassword.create(new char[0], CHEAP).verify(new char[0]))
                .isTrue();
        HashedPassword pbkdf2 = HashedPassword.create(new char[0], new Pbkdf2Hasher(1_000, 16));
        assertThat(pbkdf2.verify(new char[0])).isTrue();
        assertThat(pbkdf2.verify("x".toCharArray())).isFalse();
    }

    @Test
    void badOrTruncatedHashesGiveFalseAndAWarningWithoutTheHash() {
        String good = HashedPassword.create("pw".toCharArray(), CHEAP).encoded();
        List<String> bad = List.of(
                good.substring(0, 40), // truncated by a too-short column
                good.substring(0, good.length() - 1) + "!", // not base64
                "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ", // no hash part
                "$argon2id$v=77$m=64,t=1,p=1$c29tZXNhbHQxMjM0$aGFzaGhhc2hoYXNo", // unknown version
                "$argon2x$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0$aGFzaGhhc2hoYXNo",
                "$pbkdf2-sha256$0$c2FsdA$short",
                "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", // bcrypt: not supported here
                "",
                "plaintext-password");
        for (String encoded : bad) {
            warnings.clear();
            assertThat(HashedPassword.fromEncoded(encoded).verify("pw".toCharArray()))
                    .as(encoded)
                    .isFalse();
            assertThat(warnings).as(encoded).hasSize(1);
            String logged = new java.util.logging.SimpleFormatter().formatMessage(warnings.get(0));
            assertThat(logged).contains("verification fails");
            if (encoded.length() > 12) {
                assertThat(logged).doesNotContain(encoded.substring(encoded.length() - 12));
            }
        }
    }

    @Test
    void parametersOutsideArgon2LimitsAreRejectedAtConstruction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Argon2Hasher("argon2id", 7, 1, 1, 16, 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memoryKib");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Argon2Hasher("scrypt", 64, 1, 1, 16, 32))
                .hasMessageContaining("argon2id, argon2i or argon2d");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pbkdf2Hasher(10, 16))
                .hasMessageContaining("rounds >= 1000");
    }

    @Test
    void converterStoresThePhcStringAndJudgesRehashWithItsPolicy() {
        HashedPassword hashed = HashedPassword.create("pw".toCharArray(), CHEAP);
        PasswordHashConverter converter = new PasswordHashConverter();

        String column = converter.convertToDatabaseColumn(hashed);
        assertThat(column).isEqualTo(hashed.encoded());
        HashedPassword loaded = converter.convertToEntityAttribute(column);
        assertThat(loaded).isEqualTo(hashed);
        assertThat(loaded.verify("pw".toCharArray())).isTrue();
        assertThat(loaded.needsRehash()).isTrue(); // CHEAP differs from the converter's default policy

        class CheapPolicy extends PasswordHashConverter {
            CheapPolicy() {
                super(CHEAP);
            }
        }
        assertThat(new CheapPolicy().convertToEntityAttribute(column).needsRehash())
                .isFalse();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
