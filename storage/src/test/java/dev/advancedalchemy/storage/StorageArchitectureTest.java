package dev.advancedalchemy.storage;

import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import dev.advancedalchemy.testing.architecture.ArtifactArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-storage's own layer, beside those every artifact keeps ({@link ArtifactArchitectureTest}). */
class StorageArchitectureTest extends ArtifactArchitectureTest {
    StorageArchitectureTest() {
        super(FileObject.class);
    }

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(main());
    }
}
