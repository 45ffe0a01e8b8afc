package dev.advancedalchemy.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.advancedalchemy.testing.architecture.ArchitectureRules;
import dev.advancedalchemy.testing.architecture.ArtifactArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layering rules of alchemy-rest's own layer, beside those every artifact keeps ({@link ArtifactArchitectureTest}). */
class RestArchitectureTest extends ArtifactArchitectureTest {
    RestArchitectureTest() {
        super(CommitModeFilter.class);
    }

    @Test
    void theCatchAllMapperIsOptIn() {
        noClasses()
                .that()
                .haveFullyQualifiedName(UnexpectedExceptionMapper.class.getName())
                .should()
                .beAnnotatedWith("jakarta.ws.rs.ext.Provider")
                .because("a mapper of Throwable changes how the whole application answers errors; users register it")
                .check(main());
        ArchitectureRules.catchAllExceptionMappersAreOptIn().check(main());
    }
}
