package dev.advancedalchemy.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The layering rules every published artifact keeps (DESIGN §3, §8), checked against that artifact's main classes
 * only: JAX-RS providers only in alchemy-rest, no internals of another artifact (only its {@code spi} packages), and
 * EclipseLink / Hibernate only in provider packages. A module's test extends this class, names a class of the
 * artifact, and adds the rules of its own layer.
 *
 * <pre>{@code
 * class StorageArchitectureTest extends ArtifactArchitectureTest {
 *     StorageArchitectureTest() { super(FileObject.class); }
 *
 *     @Test
 *     void importsNoJaxRs() { ArchitectureRules.noJaxRs().check(main()); }
 * }
 * }</pre>
 */
public abstract class ArtifactArchitectureTest {
    private final Class<?> anchor;
    private @Nullable JavaClasses main;

    /** @param anchor any main class of the artifact: its class folder is what is imported */
    protected ArtifactArchitectureTest(Class<?> anchor) {
        this.anchor = anchor;
    }

    /** The artifact's main classes, imported once per test instance. */
    protected final JavaClasses main() {
        if (main == null) {
            main = ArchitectureRules.mainClassesOf(anchor);
        }
        return main;
    }

    @Test
    void hasJaxRsProvidersOnlyInRest() {
        ArchitectureRules.jaxRsProvidersOnlyInRest().check(main());
    }

    @Test
    void usesNoInternalsOfOtherArtifacts() {
        ArchitectureRules.internalsStayInTheirArtifact().check(main());
    }

    @Test
    void usesProviderApisOnlyInProviderPackages() {
        ArchitectureRules.providerApisOnlyInProviderPackages().check(main());
    }
}
