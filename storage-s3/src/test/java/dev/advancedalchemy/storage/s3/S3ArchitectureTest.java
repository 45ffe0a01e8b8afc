package dev.advancedalchemy.storage.s3;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-storage-s3, checked against its main classes only (DESIGN §3, §8). */
class S3ArchitectureTest {
    private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(S3Backend.class);

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(MAIN);
    }

    @Test
    void hasJaxRsProvidersOnlyInRest() {
        ArchitectureRules.jaxRsProvidersOnlyInRest().check(MAIN);
    }

    @Test
    void usesNoInternalsOfOtherArtifacts() {
        ArchitectureRules.internalsStayInTheirArtifact().check(MAIN);
    }

    @Test
    void usesProviderApisOnlyInProviderPackages() {
        ArchitectureRules.providerApisOnlyInProviderPackages().check(MAIN);
    }
}
