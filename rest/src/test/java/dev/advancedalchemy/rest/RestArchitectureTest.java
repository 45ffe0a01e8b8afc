package dev.advancedalchemy.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-rest, checked against its main classes only (DESIGN §3, §8). */
class RestArchitectureTest {
    private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(CommitModeFilter.class);

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

    @Test
    void theCatchAllMapperIsOptIn() {
        noClasses()
                .that()
                .haveFullyQualifiedName(UnexpectedExceptionMapper.class.getName())
                .should()
                .beAnnotatedWith("jakarta.ws.rs.ext.Provider")
                .because("a mapper of Throwable changes how the whole application answers errors; users register it")
                .check(MAIN);
        ArchitectureRules.catchAllExceptionMappersAreOptIn().check(MAIN);
    }
}
