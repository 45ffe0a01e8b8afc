package dev.advancedalchemy.types;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.advancedalchemy.naming.TableNames;
import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-types, checked against its main classes only (DESIGN §3, §8). */
class TypesArchitectureTest {
    private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(TableNames.class);

    @Test
    void importsNoCdi() {
        ArchitectureRules.noCdi().check(MAIN);
    }

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
