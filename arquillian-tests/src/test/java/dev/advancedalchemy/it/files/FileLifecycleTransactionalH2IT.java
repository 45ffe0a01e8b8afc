package dev.advancedalchemy.it.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.testing.Db;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file lifecycle scenario on H2, plus the transaction-end registrar, which does not depend on the database. */
@OnDatabase(Db.H2)
class FileLifecycleTransactionalH2IT extends FileLifecycleScenario {
    @Test
    void theExtensionsRegistrarReportsLocalTransactionEnds() throws IOException {
        freshBackend("registrar");
        List<String> outcomes = new ArrayList<>();

        assertThat(service.registerCompletion(outcomes, false)).isTrue();
        assertThatThrownBy(() -> service.registerCompletion(outcomes, true)).isInstanceOf(IllegalStateException.class);
        assertThat(outcomes).containsExactly("committed", "rolled back");
        assertThat(FileTracker.ofDefaultRegistry().registerCompletion(committed -> outcomes.add("never")))
                .as("outside a transaction no registrar sees one")
                .isFalse();
    }
}
