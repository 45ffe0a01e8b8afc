package dev.advancedalchemy.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The layering rules of DESIGN §3 and §8, checked by one small {@code *ArchitectureTest} per published module against
 * that module's main classes only ({@link #mainClassesOf(Class)}), so that "another artifact" means exactly the
 * classes that were not imported.
 *
 * <pre>{@code
 * class TypesArchitectureTest {
 *     private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(TableNames.class);
 *
 *     @Test
 *     void importsNoCdi() {
 *         ArchitectureRules.noCdi().check(MAIN);
 *     }
 * }
 * }</pre>
 */
public final class ArchitectureRules {
    /** Packages of CDI: the bean API, injection and interceptors. */
    public static final String[] CDI = {"jakarta.enterprise..", "jakarta.inject..", "jakarta.interceptor.."};

    /** The Jakarta REST (JAX-RS) API. */
    public static final String JAX_RS = "jakarta.ws.rs..";

    /** The only packages that may hold Jakarta REST providers. */
    public static final String REST = "dev.advancedalchemy.rest..";

    /** Code that is not API; usable only within its own artifact. */
    public static final String PROJECT_INTERNAL = "dev.advancedalchemy..internal..";

    /** The JPA providers' own APIs. */
    public static final String[] PROVIDER_APIS = {"org.eclipse.persistence..", "org.hibernate.."};

    /**
     * Where provider APIs may be used: a package with an {@code eclipselink} or {@code hibernate} segment, or the
     * repository's dialect layer.
     */
    public static final String[] PROVIDER_PACKAGES = {
        "..eclipselink..", "..hibernate..", "dev.advancedalchemy.repository.internal.dialect.."
    };

    private static final String EXCEPTION_MAPPER = "jakarta.ws.rs.ext.ExceptionMapper";
    private static final String PROVIDER = "jakarta.ws.rs.ext.Provider";

    private ArchitectureRules() {}

    /**
     * The main classes of the module that holds {@code anchor}: every class in the directory (or jar) {@code anchor}
     * was loaded from, which under surefire is the module's {@code target/classes}. Classes of other modules and
     * libraries appear only as dependency targets.
     *
     * @param anchor any main class of the module under test
     * @throws IllegalStateException if {@code anchor}'s location cannot be read
     */
    public static JavaClasses mainClassesOf(Class<?> anchor) {
        Path location;
        try {
            location = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
        }
        if (!Files.exists(location)) {
            throw new IllegalStateException(anchor.getName() + " was loaded from " + location + ", which is gone");
        }
        JavaClasses classes = new ClassFileImporter().importPath(location);
        if (!classes.contain(anchor)) {
            throw new IllegalStateException("importing " + location + " did not find " + anchor.getName());
        }
        return classes;
    }

    /** No class depends on CDI ({@code jakarta.enterprise..}, {@code jakarta.inject..}, {@code jakarta.interceptor..}). */
    public static ArchRule noCdi() {
        return noDependencyOn("CDI", CDI);
    }

    /** No class depends on Jakarta REST ({@code jakarta.ws.rs..}): everything REST lives in alchemy-rest. */
    public static ArchRule noJaxRs() {
        return noDependencyOn("Jakarta REST, which belongs to alchemy-rest", JAX_RS);
    }

    /** No class depends on MicroProfile Config ({@code org.eclipse.microprofile..}). */
    public static ArchRule noMicroProfile() {
        return noDependencyOn("MicroProfile", "org.eclipse.microprofile..");
    }

    /** No class depends on the file storage ({@code dev.advancedalchemy.storage..}), which sits beside the engine. */
    public static ArchRule noStorage() {
        return noDependencyOn("alchemy-storage", "dev.advancedalchemy.storage..");
    }

    /** No class depends on the AWS SDK ({@code software.amazon..}), which only alchemy-storage-s3 may use. */
    public static ArchRule noAwsSdk() {
        return noDependencyOn("the AWS SDK", "software.amazon..");
    }

    /** No class depends on argon2-jvm ({@code de.mkammerer..}), an optional dependency of alchemy-types. */
    public static ArchRule noArgon2Jvm() {
        return noDependencyOn("argon2-jvm", "de.mkammerer..");
    }

    private static ArchRule noDependencyOn(String what, String... packages) {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages)
                .as("no class should depend on " + what + " (" + String.join(", ", packages) + ")");
    }

    /**
     * Only classes in {@code dev.advancedalchemy.rest..} implement {@code ExceptionMapper},
     * {@code ContainerRequestFilter} or {@code ContainerResponseFilter}, or carry {@code @Provider}.
     */
    public static ArchRule jaxRsProvidersOnlyInRest() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(REST)
                // assignable rather than implement: implement() also needs the interface on the class path to
                // know that it is one, and a rule must not pass because a jar is missing
                .should()
                .beAssignableTo(EXCEPTION_MAPPER)
                .orShould()
                .beAssignableTo("jakarta.ws.rs.container.ContainerRequestFilter")
                .orShould()
                .beAssignableTo("jakarta.ws.rs.container.ContainerResponseFilter")
                .orShould()
                .beAnnotatedWith(PROVIDER)
                .as("only classes in " + REST + " should be Jakarta REST providers")
                .allowEmptyShould(true);
    }

    /**
     * No mapper of {@code Throwable} or {@code Exception} is a {@code @Provider}: a catch-all mapper changes how the
     * whole application answers every error, so the application registers it itself (opt-in).
     */
    public static ArchRule catchAllExceptionMappersAreOptIn() {
        return noClasses()
                .that(mapExceptionsOf(Throwable.class.getName(), Exception.class.getName()))
                .should()
                .beAnnotatedWith(PROVIDER)
                .as("catch-all exception mappers should not be annotated with @Provider (they are opt-in)")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> mapExceptionsOf(String... exceptionTypes) {
        Set<String> mapped = Set.of(exceptionTypes);
        return DescribedPredicate.describe("implement ExceptionMapper<" + String.join("|", exceptionTypes) + ">", c -> {
            for (JavaClass k = c; k != null; k = k.getRawSuperclass().orElse(null)) {
                for (JavaType type : k.getInterfaces()) {
                    if (type.toErasure().getName().equals(EXCEPTION_MAPPER)
                            && type instanceof JavaParameterizedType parameterized
                            && parameterized.getActualTypeArguments().size() == 1
                            && mapped.contains(parameterized
                                    .getActualTypeArguments()
                                    .get(0)
                                    .toErasure()
                                    .getName())) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /**
     * A class depends on {@code dev.advancedalchemy..internal..} classes only of its own artifact (among the imported
     * classes); what another artifact needs goes through an {@code ..spi..} package.
     */
    public static ArchRule internalsStayInTheirArtifact() {
        return classes()
                .should(
                        new ArchCondition<JavaClass>(
                                "use no " + PROJECT_INTERNAL + " class of another artifact (use its ..spi.. package)") {
                            private final Set<String> own = new HashSet<>();
                            private final PackageMatcher internal = PackageMatcher.of(PROJECT_INTERNAL);

                            @Override
                            public void init(Collection<JavaClass> allObjectsToTest) {
                                own.clear();
                                allObjectsToTest.forEach(c -> own.add(c.getName()));
                            }

                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                                    JavaClass target =
                                            dependency.getTargetClass().getBaseComponentType();
                                    if (internal.matches(target.getPackageName()) && !own.contains(target.getName())) {
                                        events.add(SimpleConditionEvent.violated(
                                                dependency,
                                                dependency.getDescription()
                                                        + ", an internal class of another artifact"));
                                    }
                                }
                            }
                        });
    }

    /**
     * EclipseLink ({@code org.eclipse.persistence..}) and Hibernate ({@code org.hibernate..}) are used only in provider
     * packages: a package with an {@code eclipselink} or {@code hibernate} segment, or
     * {@code dev.advancedalchemy.repository.internal.dialect..}.
     */
    public static ArchRule providerApisOnlyInProviderPackages() {
        return noClasses()
                .that()
                .resideOutsideOfPackages(PROVIDER_PACKAGES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PROVIDER_APIS)
                .as("EclipseLink and Hibernate should be used only in provider packages ("
                        + String.join(", ", PROVIDER_PACKAGES) + ")");
    }
}
