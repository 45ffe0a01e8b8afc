package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Definition errors of repository interfaces are reported when the repository is created. */
class RepositoryDefinitionTest {
    private static final Supplier<EntityManager> NO_EM = () -> {
        throw new AssertionError("the entity manager must not be needed");
    };

    interface NotARepository {}

    interface QueriesWithExtras extends QueryRepository {
        long countEverything();

        String shout(String s);

        default String greet(String name) {
            return "hello " + name;
        }
    }

    public interface PublicQueries extends QueryRepository {
        default String greet(String name) {
            return "hi " + name;
        }
    }

    static class NotAnInterface {}

    @Test
    void classesAndForeignInterfacesAreRejected() {
        assertThatThrownBy(() -> Repositories.of(NotAnInterface.class, NO_EM))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessageContaining("is not an interface");
        assertThatThrownBy(() -> Repositories.of(NotARepository.class, NO_EM))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessageContaining("extends neither");
    }

    @Test
    void everyUnimplementableMethodIsNamedInOneError() {
        assertThatThrownBy(() -> Repositories.of(QueriesWithExtras.class, NO_EM))
                .isInstanceOfSatisfying(
                        RepositoryDefinitionException.class,
                        e -> assertThat(e.problems())
                                .hasSize(2)
                                .anySatisfy(p -> assertThat(p).contains("QueriesWithExtras.countEverything"))
                                .anySatisfy(p -> assertThat(p).contains("QueriesWithExtras.shout")));
    }

    @Test
    void defaultMethodsOfPublicInterfacesRunAsWritten() {
        PublicQueries q = Repositories.of(PublicQueries.class, NO_EM);

        assertThat(q.greet("ann")).isEqualTo("hi ann");
        assertThat(q).isEqualTo(q).hasSameHashCodeAs(q);
        assertThat(q.toString()).contains("PublicQueries");
    }

    @Test
    void batchingPropertiesCoverBothProviders() {
        assertThat(Repositories.batchingProperties(50))
                .containsEntry("eclipselink.jdbc.batch-writing", "JDBC")
                .containsEntry("eclipselink.jdbc.batch-writing.size", "50")
                .containsEntry("hibernate.jdbc.batch_size", "50");
        assertThatThrownBy(() -> Repositories.batchingProperties(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
