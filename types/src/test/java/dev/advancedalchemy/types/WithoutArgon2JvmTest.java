package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.testing.ForkedJvm;
import org.junit.jupiter.api.Test;

/**
 * argon2-jvm is optional: in a JVM whose class path lacks it, PBKDF2 hashes and verifies, and Argon2 fails with
 * ALCH-1464 naming the artifact to add.
 */
class WithoutArgon2JvmTest {
    /** Runs in the forked JVM; prints one line per step for the test to read. */
    public static final class Main {
        public static void main(String[] args) {
            HashedPassword pbkdf2 = HashedPassword.create("s3cret".toCharArray(), PasswordHasher.pbkdf2Sha256());
            System.out.println("pbkdf2 " + pbkdf2.encoded().startsWith("$pbkdf2-sha256$") + " "
                    + pbkdf2.verify("s3cret".toCharArray()) + " " + pbkdf2.verify("wrong".toCharArray()));
            try {
                HashedPassword.create("s3cret".toCharArray(), Argon2Hasher.DEFAULTS);
                System.out.println("argon2 hashed");
            } catch (ConversionException e) {
                System.out.println("argon2 failed: " + e.getMessage());
            }
        }
    }

    @Test
    void pbkdf2WorksAndArgon2NamesTheMissingArtifact() throws Exception {
        String withoutArgon2 = ForkedJvm.classPathWithout("argon2-jvm");

        ForkedJvm.Result run = ForkedJvm.runOnClassPath(withoutArgon2, Main.class, 64);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("pbkdf2 true true false");
        assertThat(run.output())
                .contains("argon2 failed: ALCH-1464: Argon2 password hashing needs argon2-jvm")
                .contains("de.mkammerer:argon2-jvm:2.12")
                .contains("PasswordHasher.pbkdf2Sha256()")
                .doesNotContain("s3cret");
    }
}
