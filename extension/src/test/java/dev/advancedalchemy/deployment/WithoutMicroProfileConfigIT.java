package dev.advancedalchemy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.retry.TallyRepository;
import dev.advancedalchemy.testing.ForkedJvm;
import dev.advancedalchemy.types.EncryptedString;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a MicroProfile Config implementation on the class path (SmallRye Config's jars removed from a forked JVM),
 * an application that configures Advanced Alchemy through MicroProfile Config fails deployment with ALCH-1302 naming
 * the artifact to add, not with the symptom (a setting reported missing although it is written down).
 */
class WithoutMicroProfileConfigIT {
    /** Runs in the forked JVM: deploys {@link TallyRepository} (unit txunit), then encrypts without CDI. */
    public static final class Main {
        public static void main(String[] args) {
            try (var weld = new Weld()
                    .disableDiscovery()
                    .addBeanClasses(TallyRepository.class)
                    .initialize()) {
                System.out.println("deployed");
            } catch (RuntimeException e) {
                System.out.println("deployment failed: " + alchemyMessage(e));
            }
            try {
                new EncryptedString().convertToDatabaseColumn("a value");
                System.out.println("encrypted");
            } catch (RuntimeException e) {
                System.out.println("encryption failed: " + e.getMessage());
            }
        }

        private static String alchemyMessage(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof AdvancedAlchemyException) {
                    return t.getMessage();
                }
            }
            return thrown.toString();
        }
    }

    @TempDir
    Path dir;

    private static String withoutSmallRyeConfig() {
        // smallrye-config, smallrye-config-core and smallrye-config-common: every jar of the implementation
        return ForkedJvm.classPathWithout("smallrye-config");
    }

    @Test
    void alchemyKeysInMicroprofileConfigPropertiesNameTheFileTheKeysAndTheArtifact() throws Exception {
        Path file = dir.resolve("META-INF/microprofile-config.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "alchemy.encryption.key=a key that nobody reads\n"
                        + "alchemy.units.txunit.url=jdbc:h2:mem:unread\nother.setting=1\n");
        String classPath = withoutSmallRyeConfig() + File.pathSeparator + dir;

        ForkedJvm.Result run = ForkedJvm.runOnClassPath(classPath, Main.class, 128);

        assertThat(run.exitCode()).as(run.output()).isZero();
        String reason = "no MicroProfile Config implementation is on the class path (ConfigProvider.getConfig() failed:"
                + " No ConfigProviderResolver implementation found!), so Advanced Alchemy cannot read its alchemy.*"
                + " settings, yet ";
        String fix = "; fix: add io.smallrye.config:smallrye-config (or another MicroProfile Config implementation) to"
                + " the class path";
        assertThat(run.output())
                .contains("deployment failed: ALCH-1302: " + reason
                        + file.toUri().toURL() + " sets alchemy.encryption.key, alchemy.units.txunit.url" + fix)
                .contains("encryption failed: ALCH-1302: " + reason
                        + file.toUri().toURL() + " sets alchemy.encryption.key" + fix)
                .doesNotContain("ALCH-1461")
                .doesNotContain("a key that nobody reads");
    }

    @Test
    void aUnitWithoutDatabaseInPersistenceXmlNamesTheUnitAndTheArtifact() throws Exception {
        ForkedJvm.Result run = ForkedJvm.runOnClassPath(withoutSmallRyeConfig(), Main.class, 128);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("deployment failed: ALCH-1302: no MicroProfile Config implementation is on the class path"
                        + " (ConfigProvider.getConfig() failed: No ConfigProviderResolver implementation found!), so"
                        + " Advanced Alchemy cannot read its alchemy.* settings, yet persistence unit 'txunit' has no"
                        + " JDBC URL or data source in persistence.xml and takes them from alchemy.units.txunit.url;"
                        + " fix: add io.smallrye.config:smallrye-config (or another MicroProfile Config"
                        + " implementation) to the class path")
                // without any configuration file the converter's own message stays the one about the key
                .contains("encryption failed: ALCH-1461: no encryption key configured");
    }
}
