package dev.advancedalchemy.storage;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-storage, checked against its main classes only (DESIGN §3, §8). */
class StorageArchitectureTest {
    private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(FileObject.class);

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
