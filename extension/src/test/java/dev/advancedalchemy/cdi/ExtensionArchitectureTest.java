package dev.advancedalchemy.cdi;

import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import dev.advancedalchemy.testing.architecture.ArtifactArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-extension's own layer, beside those every artifact keeps ({@link ArtifactArchitectureTest}). */
class ExtensionArchitectureTest extends ArtifactArchitectureTest {
    ExtensionArchitectureTest() {
        super(AlchemyRepository.class);
    }

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(main());
    }
}
