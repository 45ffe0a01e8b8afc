package dev.advancedalchemy.repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-repository, checked against its main classes only (DESIGN §3, §8). */
class RepositoryArchitectureTest {
    private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(Repositories.class);

    @Test
    void importsNoCdi() {
        ArchitectureRules.noCdi().check(MAIN);
    }

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(MAIN);
    }

    @Test
    void importsNoMicroProfileConfig() {
        ArchitectureRules.noMicroProfile().check(MAIN);
    }

    @Test
    void importsNoStorage() {
        ArchitectureRules.noStorage().check(MAIN);
    }

    @Test
    void importsNoAwsSdk() {
        ArchitectureRules.noAwsSdk().check(MAIN);
    }

    @Test
    void importsNoArgon2Jvm() {
        ArchitectureRules.noArgon2Jvm().check(MAIN);
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
