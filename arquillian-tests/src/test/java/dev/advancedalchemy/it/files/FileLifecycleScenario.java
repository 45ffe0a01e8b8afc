package dev.advancedalchemy.it.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.support.DatabaseUnitsExtension;
import dev.advancedalchemy.it.support.Deployments;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StorageRegistry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file lifecycle inside the extension's RESOURCE_LOCAL {@code @Transactional}: files written before commit,
 * replaced files deleted after commit, rolled-back writes removed, and the typed CDI events with their transaction
 * phase. One subclass per database ({@code FileLifecycleTransactional<Db>IT}) picks the database with
 * {@code @OnDatabase}.
 */
@ExtendWith({DatabaseUnitsExtension.class, ArquillianExtension.class})
abstract class FileLifecycleScenario {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.archive(
                "files",
                // the file hook comes with the unit's one alchemy property (persistence.xml)
                Map.of(
                        // EclipseLink merges a commit into its shared cache only after its post-commit event, where
                        // FileDeleted is fired: without the cache, the observer's read shows what the database
                        // committed
                        "alchemy.units.main.properties.eclipselink.cache.shared.default", "false"),
                Posts.class,
                PostService.class,
                FileObservers.class);
    }

    /** Static: JUnit fills it in its client-side {@code beforeAll}, which the Local protocol keeps. */
    @TempDir
    static Path dir;

    @Inject
    PostService service;

    @Inject
    FileObservers observers;

    /**
     * Called first by every test instead of a {@code @BeforeEach} method (Arquillian's Local protocol skips those
     * in-container): installs a local backend over a directory of the test's own as the default registry, which the
     * file lifecycle reads, and forgets the events earlier tests saw.
     */
    StorageBackend freshBackend(String test) throws IOException {
        StorageBackend backend = StorageBackends.local("posts", Files.createDirectories(dir.resolve(test)));
        StorageRegistry.setDefault(StorageRegistry.create().register(backend));
        observers.seen().clear();
        return backend;
    }

    static FileObject file(String path, String content) {
        return FileObject.of("posts", path).content(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commitKeepsTheNewFileAndDeletesTheReplacedOneAfterCommit() throws IOException {
        StorageBackend backend = freshBackend("commit");
        observers.watch(1);

        service.create(1, file("covers/old.png", "old"));
        service.replaceCover(1, file("covers/new.png", "new"));

        assertThat(backend.exists("covers/old.png")).as("replaced file deleted").isFalse();
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

    @Test
    void rollbackDeletesTheNewlyWrittenFilesAndKeepsTheCommittedOne() throws IOException {
        StorageBackend backend = freshBackend("rollback");
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
