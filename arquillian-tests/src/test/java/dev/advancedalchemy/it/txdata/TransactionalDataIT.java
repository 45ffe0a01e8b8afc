package dev.advancedalchemy.it.txdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.it.support.Containers;
import dev.advancedalchemy.it.support.Units;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;

/** What @Transactional and the per-call transactions do to rows, on every database. */
class TransactionalDataIT {
    @DatabaseTest
    void commitRollbackRequiresNewAndPerCallTransactions(TestDatabase db) {
        try (Containers.Running c =
                Containers.start(Units.pointing("main", db), Accounts.class, Signup.class, Signup.Audit.class)) {
            Signup signup = c.select(Signup.class);
            Accounts accounts = c.select(Accounts.class);

            signup.register(1, false);
            assertThat(accounts.find(1L)).isPresent();
            assertThat(accounts.find(1001L)).isPresent();

            assertThatThrownBy(() -> signup.register(2, true)).isInstanceOf(IllegalStateException.class);
            assertThat(accounts.find(2L)).as("rolled back with the method").isEmpty();
            assertThat(accounts.find(1002L))
                    .as("REQUIRES_NEW committed on its own")
                    .isPresent();
            assertThat(signup.events()).containsExactly("committed 1", "rolled back 2");

            assertThat(signup.seesOwnWrite(3)).isTrue();

            // outside a transaction each call commits on its own; a failing call changes nothing
            accounts.add(new Person(4, "solo", null, 1, true));
            assertThatThrownBy(() -> accounts.add(new Person(4, "duplicate", null, 1, true)))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(accounts.get(4L).getName()).isEqualTo("solo");
            assertThat(accounts.count()).isEqualTo(5);
        }
    }
}
