package dev.advancedalchemy.it.txdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.DatabaseUnitsExtension;
import dev.advancedalchemy.it.support.Deployments;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What @Transactional and the per-call transactions do to rows; one subclass per database
 * ({@code TransactionalData<Db>IT}) picks the database with {@code @OnDatabase}.
 */
@ExtendWith({DatabaseUnitsExtension.class, ArquillianExtension.class})
abstract class TransactionalDataScenario {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.archive("txdata", Map.of(), Accounts.class, Signup.class, Signup.Audit.class);
    }

    @Inject
    Signup signup;

    @Inject
    Accounts accounts;

    @Test
    void commitRollbackRequiresNewAndPerCallTransactions(TestDatabase db) throws Exception {
        signup.register(1, false);
        assertThat(accounts.find(1L)).isPresent();
        assertThat(accounts.find(1001L)).isPresent();

        assertThatThrownBy(() -> signup.register(2, true)).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.find(2L)).as("rolled back with the method").isEmpty();
        assertThat(accounts.find(1002L)).as("REQUIRES_NEW committed on its own").isPresent();
        assertThat(signup.events()).containsExactly("committed 1", "rolled back 2");

        assertThat(signup.seesOwnWrite(3)).isTrue();

        // outside a transaction each call commits on its own; a failing call changes nothing
        accounts.add(new Person(4, "solo", null, 1, true));
        assertThatThrownBy(() -> accounts.add(new Person(4, "duplicate", null, 1, true)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(accounts.get(4L).getName()).isEqualTo("solo");
        assertThat(accounts.count()).isEqualTo(5);
        try (var connection = db.connection();
                var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            assertThat(rs.getLong(1)).as("rows are in this class's database").isEqualTo(5);
        }
    }
}
