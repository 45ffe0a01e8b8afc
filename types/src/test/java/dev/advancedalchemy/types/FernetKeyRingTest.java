package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FernetKeyRingTest {
    private final Fernet oldKey = Fernet.fromKeyString("old key");
    private final Fernet newKey = Fernet.fromKeyString("new key");

    @Test
    void firstKeyEncryptsAndAnyKeyDecrypts() {
        FernetKeyRing ring = FernetKeyRing.ofKeyStrings(List.of("new key", "old key"));
        String fromOld = oldKey.encrypt("written before rotation");

        assertThat(ring.decrypt(fromOld)).isEqualTo("written before rotation");
        String fresh = ring.encrypt("written after rotation");
        assertThat(newKey.decrypt(fresh)).isEqualTo("written after rotation");
        assertThatThrownBy(() -> oldKey.decrypt(fresh)).isInstanceOf(ConversionException.class);
        assertThat(ring.isPrimary(fresh)).isTrue();
        assertThat(ring.isPrimary(fromOld)).isFalse();
    }

    @Test
    void rotateReencryptsOnlyTokensOfOlderKeys() {
        FernetKeyRing ring = FernetKeyRing.of(newKey, oldKey);
        String fromOld = oldKey.encrypt("value");
        String rotated = ring.rotate(fromOld);

        assertThat(rotated).isNotEqualTo(fromOld);
        assertThat(newKey.decrypt(rotated)).isEqualTo("value");
        assertThat(ring.rotate(rotated)).isSameAs(rotated);
    }

    @Test
    void tokenOfAnUnknownKeyIsRejectedWithoutShowingIt() {
        FernetKeyRing ring = FernetKeyRing.of(newKey);
        String token = oldKey.encrypt("secret plaintext");

        assertThatThrownBy(() -> ring.decrypt(token))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith(Fernet.INVALID_TOKEN)
                .hasMessageContaining("none of the 1 configured key(s)")
                .hasMessageNotContaining(token)
                .hasMessageNotContaining("secret plaintext");
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = newKey.encrypt("amount=100");
        byte[] raw = Base64.getUrlDecoder().decode(token);
        raw[30] ^= 1; // flip one ciphertext bit
        String tampered = Base64.getUrlEncoder().encodeToString(raw);

        assertThatThrownBy(() -> newKey.decrypt(tampered))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("signature does not match");
        assertThatThrownBy(() -> newKey.decrypt("not a token"))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("not a Fernet token");
    }

    @Test
    void tokensNeverExpireUnlessATtlIsGiven() {
        Clock past = Clock.fixed(Instant.parse("2001-01-01T00:00:00Z"), ZoneOffset.UTC);
        String old = newKey.withClock(past).encrypt("from 2001");

        assertThat(newKey.decrypt(old)).isEqualTo("from 2001");
        assertThatThrownBy(() -> newKey.decrypt(old, Duration.ofDays(365)))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("older than the allowed time-to-live");
    }

    @Test
    void equalPlaintextsGiveDifferentTokens() {
        assertThat(newKey.encrypt("same")).isNotEqualTo(newKey.encrypt("same"));
    }

    @Test
    void standardFernetKeysAreAcceptedAndBadKeysRejected() {
        // The spec vectors' key; its token "gAAAAAAdwJ6w..." decrypts to "hello" at any age without a TTL.
        Fernet spec = Fernet.fromFernetKey("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
        assertThat(
                        spec.decrypt(
                                "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA=="))
                .isEqualTo("hello");

        assertThatThrownBy(() -> Fernet.fromFernetKey("c2hvcnQ="))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith(Fernet.INVALID_KEY);
        assertThatThrownBy(() -> Fernet.fromKeyString("  "))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith(Fernet.INVALID_KEY);
        assertThatThrownBy(() -> FernetKeyRing.ofKeyStrings(List.of())).isInstanceOf(ConversionException.class);
    }

    @Test
    void toStringNeverShowsKeys() {
        assertThat(Fernet.fromKeyString("my secret key")).hasToString("Fernet[key=***]");
        assertThat(FernetKeyRing.ofKeyStrings(List.of("my secret key", "older")))
                .hasToString("FernetKeyRing[2 key(s)]");
    }
}
