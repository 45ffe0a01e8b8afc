package dev.advancedalchemy.types;

import dev.advancedalchemy.naming.TableNames;
import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import dev.advancedalchemy.testing.architecture.ArtifactArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-types' own layer, beside those every artifact keeps ({@link ArtifactArchitectureTest}). */
class TypesArchitectureTest extends ArtifactArchitectureTest {
    TypesArchitectureTest() {
        super(TableNames.class);
    }

    @Test
    void importsNoCdi() {
        ArchitectureRules.noCdi().check(main());
    }

    @Test
    void importsNoJaxRs() {
        ArchitectureRules.noJaxRs().check(main());
    }
}
