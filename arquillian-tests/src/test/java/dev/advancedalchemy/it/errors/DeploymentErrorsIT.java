package dev.advancedalchemy.it.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Deployments;
import dev.advancedalchemy.repository.SlugRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every deployment error: the deployment fails, and the message names repository, method and fix. Each broken
 * application is its own unmanaged deployment that the test deploys through Arquillian's {@link Deployer};
 * {@code testable = false} keeps Arquillian from adding this test class (and so every broken repository nested in
 * it) to each archive.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeploymentErrorsIT {
    @AlchemyRepository(unit = "nope")
    public interface NoSuchUnit extends SyncRepository<Person, Long> {}

    @AlchemyRepository
    public interface DefaultUnit extends SyncRepository<Person, Long> {}

    @AlchemyRepository(unit = "main")
    public abstract static class NotAnInterface {}

    @AlchemyRepository(unit = "main")
    @SuppressWarnings("rawtypes")
    public interface RawPeople extends SyncRepository {}

    @AlchemyRepository(unit = "main")
    public interface Unslugged extends SlugRepository<Person, Long> {}

    /** Not listed in persistence.xml. */
    public static class NotAnEntity {}

    @AlchemyRepository(unit = "main")
    public interface NotEntities extends SyncRepository<NotAnEntity, Long> {}

    @AlchemyRepository(unit = "schemaless")
    public interface SchemalessPeople extends SyncRepository<Person, Long> {}

    private static final Map<String, String> H2 =
            Map.of("alchemy.units.main.url", "jdbc:h2:mem:errors;DB_CLOSE_DELAY=-1");

    /** A unit of the archive's own persistence.xml, whose root element names no schema: EclipseLink refuses it. */
    private static final String SCHEMALESS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
              <persistence-unit name="schemaless" transaction-type="RESOURCE_LOCAL">
                <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                <class>dev.advancedalchemy.it.model.Person</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
              </persistence-unit>
            </persistence>
            """;

    @Deployment(name = "unknown-unit", managed = false, testable = false)
    static JavaArchive unknownUnitDeployment() {
        return Deployments.archive("unknown-unit", H2, NoSuchUnit.class);
    }

    @Deployment(name = "default-unit", managed = false, testable = false)
    static JavaArchive defaultUnitDeployment() {
        return Deployments.archive("default-unit", H2, DefaultUnit.class);
    }

    @Deployment(name = "class", managed = false, testable = false)
    static JavaArchive annotatedClassDeployment() {
        return Deployments.archive("class", H2, NotAnInterface.class);
    }

    @Deployment(name = "unit-and-class", managed = false, testable = false)
    static JavaArchive unitAndClassDeployment() {
        return Deployments.archive("unit-and-class", H2, NoSuchUnit.class, NotAnInterface.class);
    }

    @Deployment(name = "types", managed = false, testable = false)
    static JavaArchive typesDeployment() {
        return Deployments.archive("types", H2, RawPeople.class, Unslugged.class, NotEntities.class, NotAnEntity.class);
    }

    @Deployment(name = "methods", managed = false, testable = false)
    static JavaArchive methodsDeployment() {
        return Deployments.archive("methods", H2, BadMethods.class);
    }

    @Deployment(name = "schemaless-persistence-xml", managed = false, testable = false)
    static JavaArchive schemalessPersistenceXmlDeployment() {
        return Deployments.archive(
                        "schemaless-persistence-xml",
                        Map.of("alchemy.units.schemaless.url", "jdbc:h2:mem:schemaless"),
                        SchemalessPeople.class)
                .addAsManifestResource(new StringAsset(SCHEMALESS_XML), "persistence.xml");
    }

    @ArquillianResource
    Deployer deployer;

    /** The library's exception that failed {@code deployment}. */
    private AdvancedAlchemyException failure(String deployment) {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Throwable thrown = catchThrowable(() -> deployer.deploy(deployment));
        Thread.currentThread().setContextClassLoader(before); // as in problems(String)
        assertThat(thrown).as("deployment %s must fail", deployment).isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AdvancedAlchemyException e) {
                return e;
            }
        }
        throw new AssertionError("no AdvancedAlchemyException in the cause chain", thrown);
    }

    private List<String> problems(String deployment) {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Throwable thrown = catchThrowable(() -> deployer.deploy(deployment));
        // Weld embedded switches to the archive's class loader before booting and, when the boot fails, never
        // undeploys to switch back
        Thread.currentThread().setContextClassLoader(before);
        assertThat(thrown).as("deployment %s must fail", deployment).isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RepositoryDefinitionException e) {
                assertThat(e.getMessage()).startsWith("ALCH-1300: ");
                return e.problems();
            }
        }
        throw new AssertionError("no RepositoryDefinitionException in the cause chain", thrown);
    }

    /** The metamodel lists attributes in no fixed order; sort "its attributes are [...]" to compare messages. */
    private static List<String> sortedAttributeLists(List<String> problems) {
        return problems.stream()
                .map(p -> {
                    Matcher m = ATTRIBUTES.matcher(p);
                    if (!m.find()) {
                        return p;
                    }
                    String sorted =
                            Arrays.stream(m.group(1).split(", ")).sorted().collect(Collectors.joining(", "));
                    return p.substring(0, m.start(1)) + sorted + p.substring(m.end(1));
                })
                .toList();
    }

    private static final Pattern ATTRIBUTES = Pattern.compile("its attributes are \\[([^]]*)]");

    @Test
    void aPersistenceXmlTheProviderRefusesIsReportedForTheFileNotForTheRepository() {
        AdvancedAlchemyException e = failure("schemaless-persistence-xml");

        assertThat(e).isNotInstanceOf(RepositoryDefinitionException.class);
        assertThat(e.messageId()).isEqualTo("ALCH-1301");
        assertThat(e.getMessage())
                .matches("ALCH-1301: META-INF/persistence\\.xml \\(\\S+/META-INF/persistence\\.xml\\) line 2: .*")
                .contains(" line 2: EclipseLink refused it: cvc-elt.1.a: Cannot find the declaration of element"
                        + " 'persistence'. (EclipseLink validates the file against the schema that the root element"
                        + " names, and <persistence> has no xsi:schemaLocation) — fix: write the root element as"
                        + " <persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\"")
                .contains("persistence_3_0.xsd\" version=\"3.0\">")
                .doesNotContain("SchemalessPeople");
    }

    @Test
    void unknownUnit() {
        assertThat(problems("unknown-unit"))
                .containsExactly("NoSuchUnit: persistence unit 'nope' does not exist; persistence.xml declares"
                        + " [main, second]. Fix @AlchemyRepository(unit = …), add the unit to"
                        + " META-INF/persistence.xml, or produce an EntityManager qualified @Unit(\"nope\")");
    }

    @Test
    void ambiguousDefaultUnit() {
        assertThat(problems("default-unit"))
                .containsExactly("DefaultUnit: uses the default persistence unit, but persistence.xml declares 2"
                        + " units [main, second]; name one with @AlchemyRepository(unit = \"…\")");
    }

    @Test
    void annotatedClass() {
        assertThat(problems("class"))
                .containsExactly("NotAnInterface is annotated @AlchemyRepository but is not an interface; declare"
                        + " repositories as interfaces extending SyncRepository<T, ID>");
    }

    @Test
    void deploymentProblemsOfAllKindsAreReportedTogether() {
        assertThat(problems("unit-and-class")).hasSize(2);
    }

    @Test
    void badRepositoryTypes() {
        assertThat(problems("types"))
                .containsExactlyInAnyOrder(
                        "dev.advancedalchemy.it.errors.DeploymentErrorsIT$Unslugged extends SlugRepository but entity Person has no 'slug' attribute: add one (e.g. with the SlugKey mixin) or extend SyncRepository instead",
                        "dev.advancedalchemy.it.errors.DeploymentErrorsIT$RawPeople must bind SyncRepository<T, ID> to concrete classes, e.g. SyncRepository<User, UUID>; found T, ID",
                        "NotEntities: dev.advancedalchemy.it.errors.DeploymentErrorsIT$NotAnEntity is not an entity of this persistence unit: list it in persistence.xml (or let the provider discover it) and annotate it with @Entity");
    }

    @Test
    void everyBadMethodIsReportedTogetherAtDeployment() {
        assertThat(sortedAttributeLists(problems("methods")))
                .containsExactlyInAnyOrder(
                        "BadMethods.countBy: 'countBy' has no condition after By; write countByName, or use list()/count() of the repository for all rows",
                        "BadMethods.countByAge: returns java.lang.String, but count… methods return long",
                        "BadMethods.deleteByAge: returns java.lang.String, but delete… methods return void, long (rows deleted) or List<Person> (the deleted rows)",
                        "BadMethods.emptyQuery: @Query has no JPQL; write the query, for example @Query(\"SELECT u FROM User u\")",
                        "BadMethods.existsByEmail: returns long, but exists… methods return boolean",
                        "BadMethods.findByAge: parameter 1 (String) for 'age' (int) has the wrong type; declare it as int",
                        "BadMethods.findByAgeBetween: the condition on 'age' (Between) needs 2 argument(s) but the method has too few parameters; add a int parameter",
                        "BadMethods.findByAgeIn: parameter 1 (Collection) for 'age' (int) holds String; declare it as Collection<Integer>",
                        "BadMethods.findByAgeStartsWith: StartsWith needs a String attribute, but 'age' (int) is not; remove StartsWith or compare with Equals/Between",
                        "BadMethods.findByAgeTrue: True needs a boolean attribute, but 'age' (int) is not",
                        "BadMethods.findByEmail: returns java.lang.String, but find… methods return Person, Optional<Person>, List<Person>, Stream<Person> or ListAndCount<Person>",
                        "BadMethods.findByName: parameter 2 (String) is not used by the method name; remove it, add a condition for it to the name, or use LimitOffset/OrderBy/Filter... as trailing parameters",
                        "BadMethods.findByNameContains: parameter 1 (int) for 'name' (String) must be a String for Contains",
                        "BadMethods.findByNameIn: parameter 1 (String) for 'name' (String) must be a Collection<String> for In",
                        "BadMethods.findByNameInIgnoreCase: IgnoreCase cannot be combined with In/NotIn on 'name' (String)",
                        "BadMethods.findByNameOrderBy: 'findByNameOrderBy' ends with OrderBy but names no attribute; write OrderByNameAsc",
                        "BadMethods.findByNameOrderByAgge: OrderBy names 'agge', but entity Person has no such attribute; did you mean 'age'?",
                        "BadMethods.findByNmae: entity Person has no attribute 'nmae'; did you mean 'name'?",
                        "BadMethods.findByZzz: entity Person has no attribute 'zzz'; its attributes are [active, age, email, id, name]",
                        "BadMethods.findFirst0ByName: 'findFirst0ByName' limits to 0 rows; write First, First2, Top10, … with a positive number",
                        "BadMethods.lookup(String): not a repository method; name it findBy…/countBy…/existsBy…/deleteBy…, annotate it with @Query, or give it a default body",
                        "BadMethods.pageWithoutCountQuery: returns ListAndCount, so @Query needs countQuery = \"SELECT COUNT(…) …\"",
                        "BadMethods.selectReturningNothing: a SELECT query must return its result; declare List<…>, Optional<…> or the row type",
                        "BadMethods.sortedQuery: parameter 1 (OrderBy) is not allowed here; @Query methods take LimitOffset only, and only on a SELECT",
                        "BadMethods.unboundParameter: parameter 1 binds :other, which the JPQL does not use; use it in the query, rename it with @Param, or remove it",
                        "BadMethods.unboundParameter: the JPQL uses :name but no method parameter binds it; add a parameter annotated @Param(\"name\")",
                        "BadMethods.unusedParameter: parameter 2 binds :age, which the JPQL does not use; use it in the query, rename it with @Param, or remove it",
                        "BadMethods.updateReturningRows: an UPDATE query returns the number of rows; declare void, int or long");
    }
}
