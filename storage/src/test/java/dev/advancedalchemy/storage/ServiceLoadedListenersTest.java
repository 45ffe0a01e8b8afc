package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.storage.internal.FileTransaction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link FileEventListener}s listed in {@code META-INF/services} receive the events of every registry; a listed
 * provider that cannot be loaded (this module's test resources name a missing class first) is skipped, so a registry
 * can still be created.
 */
class ServiceLoadedListenersTest {
    static final List<FileEvent> RECEIVED = new CopyOnWriteArrayList<>();

    /** Listed in the test resources after the missing class. */
    public static final class Recorder implements FileEventListener {
        @Override
        public void onEvent(FileEvent event) {
            RECEIVED.add(event);
        }
    }

    /** Not an entity: the lifecycle only needs the file fields. */
    static final class Row {
        FileObject file = FileObject.of("mem", "a.txt").content(new byte[] {1, 2, 3});
    }

    @Test
    void aListedListenerGetsEventsAndAnUnloadableOneIsSkipped() {
        RECEIVED.clear();
        StorageRegistry registry = StorageRegistry.create().register(StorageBackends.memory("mem"));
        FileTracker tracker = (FileTracker) registry.lifecycle();
        FileTransaction tx = new FileTransaction();

        tracker.flush(tx, List.of(new Row()), List.of());
        tracker.complete(tx, false);

        assertThat(RECEIVED)
                .extracting(FileEvent::kind, FileEvent::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FileEvent.Kind.WRITTEN, "a.txt"),
                        org.assertj.core.groups.Tuple.tuple(FileEvent.Kind.ROLLED_BACK, "a.txt"));
        assertThat(registry.backend("mem").exists("a.txt")).isFalse();
    }
}
