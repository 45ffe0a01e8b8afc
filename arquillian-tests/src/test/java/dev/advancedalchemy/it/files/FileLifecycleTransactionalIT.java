package dev.advancedalchemy.it.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.support.Containers;
import dev.advancedalchemy.it.support.Units;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file lifecycle inside the extension's RESOURCE_LOCAL {@code @Transactional} (Weld SE): files written before
 * commit, replaced files deleted after commit, rolled-back writes removed, and the typed CDI events with their
 * transaction phase.
 */
class FileLifecycleTransactionalIT {
    @TempDir
    Path dir;

    private StorageBackend backend;

    private Containers.Running start(TestDatabase db) {
        backend = StorageBackends.local("posts", dir);
        StorageRegistry.setDefault(StorageRegistry.create().register(backend));
        Map<String, String> config = new HashMap<>(Units.pointing("main", db));
        config.put(
                "alchemy.units.main.properties.eclipselink.session-event-listener",
                "dev.advancedalchemy.storage.internal.eclipselink.EclipseLinkFileHook");
        // EclipseLink merges a commit into its shared cache only after its post-commit event, where FileDeleted is
        // fired: without the cache, the observer's read shows what the database committed
        config.put("alchemy.units.main.properties.eclipselink.cache.shared.default", "false");
        return Containers.start(config, Posts.class, PostService.class, FileObservers.class);
    }

    private static FileObject file(String path, String content) {
        return FileObject.of("posts", path).content(content.getBytes(StandardCharsets.UTF_8));
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void commitKeepsTheNewFileAndDeletesTheReplacedOneAfterCommit(TestDatabase db) {
        try (Containers.Running c = start(db)) {
            PostService service = c.select(PostService.class);
            FileObservers observers = c.select(FileObservers.class);
            observers.watch(1);

            service.create(1, file("covers/old.png", "old"));
            service.replaceCover(1, file("covers/new.png", "new"));

            assertThat(backend.exists("covers/old.png"))
                    .as("replaced file deleted")
                    .isFalse();
            assertThat(backend.getContent("covers/new.png"))
                    .asString(StandardCharsets.UTF_8)
                    .isEqualTo("new");
            assertThat(service.committedCover(1)).isEqualTo("covers/new.png");
            assertThat(observers.seen())
                    .containsExactly(
                            "saved covers/old.png inside the transaction",
                            "saved covers/new.png inside the transaction",
                            "deleted covers/old.png, committed cover covers/new.png");
        }
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void rollbackDeletesTheNewlyWrittenFilesAndKeepsTheCommittedOne(TestDatabase db) {
        try (Containers.Running c = start(db)) {
            PostService service = c.select(PostService.class);
            FileObservers observers = c.select(FileObservers.class);
            service.create(2, file("covers/kept.png", "kept"));
            observers.seen().clear();

            assertThatThrownBy(() -> service.replaceCoverThenFail(2, file("covers/doomed.png", "doomed")))
                    .isInstanceOf(IllegalStateException.class);

            assertThat(backend.exists("covers/doomed.png"))
                    .as("written, then removed")
                    .isFalse();
            assertThat(backend.exists("unrelated-2.txt")).isFalse();
            assertThat(backend.getContent("covers/kept.png"))
                    .asString(StandardCharsets.UTF_8)
                    .isEqualTo("kept");
            assertThat(service.committedCover(2)).isEqualTo("covers/kept.png");
            assertThat(observers.seen())
                    .containsExactlyInAnyOrder(
                            "saved covers/doomed.png inside the transaction",
                            "saved unrelated-2.txt inside the transaction",
                            "rolled back covers/doomed.png",
                            "rolled back unrelated-2.txt");
        }
    }

    @DatabaseTest(only = Db.H2)
    void theExtensionsRegistrarReportsLocalTransactionEnds(TestDatabase db) {
        try (Containers.Running c = start(db)) {
            PostService service = c.select(PostService.class);
            List<String> outcomes = new ArrayList<>();

            assertThat(service.registerCompletion(outcomes, false)).isTrue();
            assertThatThrownBy(() -> service.registerCompletion(outcomes, true))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(outcomes).containsExactly("committed", "rolled back");
            assertThat(FileTracker.ofDefaultRegistry().registerCompletion(committed -> outcomes.add("never")))
                    .as("outside a transaction no registrar sees one")
                    .isFalse();
        }
    }
}
