package dev.advancedalchemy.repository;

import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import dev.advancedalchemy.testing.architecture.ArtifactArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-repository's own layer, beside those every artifact keeps ({@link ArtifactArchitectureTest}). */
class RepositoryArchitectureTest extends ArtifactArchitectureTest {
    RepositoryArchitectureTest() {
        super(Repositories.class);
    }

    @Test
    void importsNoCdi() {
        ArchitectureRules.noCdi().check(main());
    }

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(main());
    }

    @Test
    void importsNoMicroProfileConfig() {
        ArchitectureRules.noMicroProfile().check(main());
    }

    @Test
    void importsNoStorage() {
        ArchitectureRules.noStorage().check(main());
    }

    @Test
    void importsNoAwsSdk() {
        ArchitectureRules.noAwsSdk().check(main());
    }

    @Test
    void importsNoArgon2Jvm() {
        ArchitectureRules.noArgon2Jvm().check(main());
    }
}
