package dev.advancedalchemy.it.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Containers;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every deployment error: the container does not start, and the message names repository, method and fix. */
class DeploymentErrorsIT {
    @AlchemyRepository(unit = "nope")
    public interface NoSuchUnit extends SyncRepository<Person, Long> {}

    @AlchemyRepository
    public interface DefaultUnit extends SyncRepository<Person, Long> {}

    @AlchemyRepository(unit = "main")
    public abstract static class NotAnInterface {}

    @AlchemyRepository(unit = "main")
    public interface BadPeople extends SyncRepository<Person, Long> {
        List<Person> findByNmae(String name);

        String countByAge(int age);
    }

    @AlchemyRepository(unit = "main")
    public interface MoreBadPeople extends SyncRepository<Person, Long> {
        List<Person> lookup(String name);
    }

    private static final Map<String, String> H2 =
            Map.of("alchemy.units.main.url", "jdbc:h2:mem:errors;DB_CLOSE_DELAY=-1");

    private static List<String> problems(Class<?>... classes) {
        Throwable thrown = catchThrowable(() -> Containers.start(H2, classes).close());
        assertThat(thrown).as("the container must not start").isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RepositoryDefinitionException e) {
                assertThat(e.getMessage()).startsWith("ALCH-1300: ");
                return e.problems();
            }
        }
        throw new AssertionError("no RepositoryDefinitionException in the cause chain", thrown);
    }

    @Test
    void unknownUnit() {
        assertThat(problems(NoSuchUnit.class))
                .containsExactly("NoSuchUnit: persistence unit 'nope' does not exist; persistence.xml declares"
                        + " [main, second]. Fix @AlchemyRepository(unit = …), add the unit to"
                        + " META-INF/persistence.xml, or produce an EntityManager qualified @Unit(\"nope\")");
    }

    @Test
    void ambiguousDefaultUnit() {
        assertThat(problems(DefaultUnit.class))
                .containsExactly("DefaultUnit: uses the default persistence unit, but persistence.xml declares 2"
                        + " units [main, second]; name one with @AlchemyRepository(unit = \"…\")");
    }

    @Test
    void annotatedClass() {
        assertThat(problems(NotAnInterface.class))
                .containsExactly("NotAnInterface is annotated @AlchemyRepository but is not an interface; declare"
                        + " repositories as interfaces extending SyncRepository<T, ID>");
    }

    @Test
    void deploymentProblemsOfAllKindsAreReportedTogether() {
        assertThat(problems(NoSuchUnit.class, NotAnInterface.class)).hasSize(2);
    }

    @Test
    void badMethodsOfEveryRepositoryAreReportedTogetherAtStartup() {
        assertThat(problems(BadPeople.class, MoreBadPeople.class))
                .containsExactlyInAnyOrder(
                        "BadPeople.countByAge: returns java.lang.String, but count… methods return long",
                        "BadPeople.findByNmae: entity Person has no attribute 'nmae'; did you mean 'name'?",
                        "MoreBadPeople.lookup(String): not a repository method; name it"
                                + " findBy…/countBy…/existsBy…/deleteBy…, annotate it with @Query, or give it a"
                                + " default body");
    }
}
