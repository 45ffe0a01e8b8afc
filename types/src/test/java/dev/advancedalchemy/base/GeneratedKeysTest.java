package dev.advancedalchemy.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.base.entities.NanoAuditThing;
import dev.advancedalchemy.base.entities.UuidV4AuditThing;
import dev.advancedalchemy.base.entities.UuidV4Thing;
import dev.advancedalchemy.base.entities.UuidV6AuditThing;
import dev.advancedalchemy.base.entities.UuidV6Thing;
import dev.advancedalchemy.base.entities.UuidV7AuditThing;
import dev.advancedalchemy.base.entities.UuidV7Thing;
import dev.advancedalchemy.types.NanoIds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each base class generates the key kind its name promises, and keeps a key that was set. */
class GeneratedKeysTest {
    @Test
    void uuidBasesGenerateTheirVersion() {
        assertThat(version(new UuidV4Thing())).isEqualTo(4);
        assertThat(version(new UuidV6Thing())).isEqualTo(6);
        assertThat(version(new UuidV7Thing())).isEqualTo(7);
        assertThat(version(new UuidV4AuditThing())).isEqualTo(4);
        assertThat(version(new UuidV6AuditThing())).isEqualTo(6);
        assertThat(version(new UuidV7AuditThing())).isEqualTo(7);
    }

    @Test
    void nanoIdBasesGenerateTwentyOneAlphabetCharacters() {
        NanoAuditThing thing = new NanoAuditThing();
        ((NanoIDBase) thing).assignIdIfMissing();
        assertThat(thing.getId()).hasSize(NanoIDBase.ID_LENGTH);
        assertThat(thing.getId().chars()).allMatch(c -> NanoIds.DEFAULT_ALPHABET.indexOf(c) >= 0);
    }

    @Test
    void aKeySetBeforePersistIsKept() {
        UUID chosen = UUID.fromString("0191e3c1-7d2a-7b3c-8d4e-5f60718293a4");
        UuidV4Thing thing = new UuidV4Thing();
        thing.setId(chosen);
        ((AbstractUUIDBase) thing).assignIdIfMissing();
        assertThat(thing.getId()).isEqualTo(chosen);
    }

    private static int version(AbstractUUIDBase entity) {
        entity.assignIdIfMissing();
        return entity.getId().version();
    }
}
