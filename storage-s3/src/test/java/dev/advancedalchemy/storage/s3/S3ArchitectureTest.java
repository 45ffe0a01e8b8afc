package dev.advancedalchemy.storage.s3;

import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import dev.advancedalchemy.testing.architecture.ArtifactArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-storage-s3's own layer, beside those every artifact keeps ({@link ArtifactArchitectureTest}). */
class S3ArchitectureTest extends ArtifactArchitectureTest {
    S3ArchitectureTest() {
        super(S3Backend.class);
    }

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(main());
    }
}
