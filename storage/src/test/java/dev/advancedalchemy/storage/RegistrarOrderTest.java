package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registrars are asked in the documented order: added ones (last first), then ServiceLoader ones by descending
 * priority (this module's test resources list {@link Low} before {@link High}), then the built-in JTA one.
 */
class RegistrarOrderTest {
    /** Who was asked, in order; the ServiceLoader registrars below append to it. */
    static final List<String> ASKED = new CopyOnWriteArrayList<>();

    /** A ServiceLoader registrar that sees no transaction. */
    public static final class Low implements TransactionCompletionRegistrar {
        @Override
        public boolean registerCompletion(Consumer<Boolean> onCompletion) {
            ASKED.add("low");
            return false;
        }
    }

    /** A ServiceLoader registrar with a higher priority that sees no transaction. */
    public static final class High implements TransactionCompletionRegistrar {
        @Override
        public boolean registerCompletion(Consumer<Boolean> onCompletion) {
            ASKED.add("high");
            return false;
        }

        @Override
        public int priority() {
            return 50;
        }
    }

    @BeforeEach
    void clear() {
        ASKED.clear();
    }

    @Test
    void addedRegistrarsComeFirstThenServiceLoaderOnesByPriority() {
        FileTracker tracker = (FileTracker) StorageRegistry.create().lifecycle();
        tracker.addRegistrar(done -> {
            ASKED.add("added first");
            return false;
        });
        tracker.addRegistrar(done -> {
            ASKED.add("added last");
            return false;
        });

        assertThat(tracker.registerCompletion(committed -> {}))
                .as("nobody sees a transaction")
                .isFalse();
        assertThat(ASKED).containsExactly("added last", "added first", "high", "low");
    }

    @Test
    void theFirstRegistrarThatSeesATransactionGetsTheCallback() {
        FileTracker tracker = (FileTracker) StorageRegistry.create().lifecycle();
        List<Consumer<Boolean>> held = new ArrayList<>();
        tracker.addRegistrar(done -> held.add(done));
        List<Boolean> outcomes = new ArrayList<>();

        assertThat(tracker.registerCompletion(outcomes::add)).isTrue();
        assertThat(ASKED).as("later registrars are not asked").isEmpty();
        held.get(0).accept(true);
        assertThat(outcomes).containsExactly(true);
    }
}
