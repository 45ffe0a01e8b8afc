package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Keys come through MicroProfile Config when an implementation (here SmallRye Config) is present. */
class MicroProfileKeysTest {
    @EncryptedColumn(key = "mp", entity = "Doc", attribute = "body")
    static class MpConverter extends EncryptedString {}

    @Test
    void namedKeyListIsReadFromMicroProfileConfig() {
        assertThat(ConfigProvider.getConfig()
                        .getConfigValue("alchemy.encryption.keys.mp")
                        .getSourceName())
                .contains("microprofile-config.properties");
        MpConverter converter = new MpConverter();

        String token = converter.convertToDatabaseColumn("from MP config");
        assertThat(Fernet.fromKeyString("mp primary").decrypt(token)).isEqualTo("from MP config");
        String fromOldKey = Fernet.fromKeyString("mp old,with comma").encrypt("older");
        assertThat(converter.convertToEntityAttribute(fromOldKey)).isEqualTo("older");
    }
}
