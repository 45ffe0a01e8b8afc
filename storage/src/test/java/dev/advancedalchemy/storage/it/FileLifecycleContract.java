package dev.advancedalchemy.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.storage.FileEvent;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectList;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file lifecycle on a real database, once per JPA provider (subclasses): writes before commit, deletes after
 * commit, and cleans up after a rollback.
 */
abstract class FileLifecycleContract {
    /** The provider this run uses. */
    abstract Provider provider();

    private static final AtomicLong IDS = new AtomicLong(1);

    @TempDir
    Path dir;

    private StorageBackend backend;
    private final List<FileEvent> events = new CopyOnWriteArrayList<>();

    private EntityManagerFactory setUp(TestDatabase db) {
        backend = StorageBackends.local("files", dir);
        StorageRegistry registry = StorageRegistry.create().register(backend);
        registry.lifecycle().addListener(events::add);
        StorageRegistry.setDefault(registry);
        return provider().emf(db);
    }

    private static FileObject file(String name, String content) {
        return FileObject.of("files", name).content(content.getBytes(StandardCharsets.UTF_8));
    }

    private long insert(EntityManagerFactory emf, FileObject file, FileObject... attachments) {
        long id = IDS.getAndIncrement();
        Jpa.commit(emf, em -> {
            Document d = new Document(id);
            d.setFile(file);
            d.setAttachments(FileObjectList.of(attachments));
            em.persist(d);
        });
        return id;
    }

    private String content(String path) {
        return new String(backend.getContent(path), StandardCharsets.UTF_8);
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void insertWritesBeforeCommitAndStoresTheBackendsValues(TestDatabase db) throws Exception {
        EntityManagerFactory emf = setUp(db);
        long id = IDS.getAndIncrement();
        Jpa.commit(emf, em -> {
            Document d = new Document(id);
            d.setFile(file("in/hello.txt", "hello"));
            em.persist(d);
            em.flush();
            assertThat(backend.exists("in/hello.txt"))
                    .as("written at flush, before commit")
                    .isTrue();
        });
        Document loaded = Jpa.find(emf, Document.class, id);
        FileObject f = loaded.getFile();
        assertThat(f).isNotNull();
        assertThat(f.size()).contains(5L);
        assertThat(f.checksum()).contains(sha256("hello"));
        assertThat(f.etag()).contains('"' + sha256("hello") + '"');
        assertThat(f.lastModified()).isPresent();
        assertThat(f.contentType()).isEqualTo("text/plain");
        assertThat(content("in/hello.txt")).isEqualTo("hello");
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select file from document where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1))
                        .startsWith("{\"filename\":\"in/hello.txt\",\"content_type\":\"text/plain\",\"size\":5,"
                                + "\"last_modified\":")
                        .contains("\"checksum\":\"" + sha256("hello") + "\"")
                        .endsWith("\"version_id\":null,\"metadata\":{},\"backend\":\"files\"}");
            }
        }
        assertThat(events).extracting(FileEvent::kind).containsExactly(FileEvent.Kind.WRITTEN);
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void aFailedWriteFailsTheTransactionAndLeavesNoRow(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = IDS.getAndIncrement();
        assertThatThrownBy(() -> Jpa.commit(emf, em -> {
                    Document d = new Document(id);
                    d.setFile(file("ok.txt", "fine"));
                    d.setAttachments(FileObjectList.of(file("../escape.txt", "evil")));
                    em.persist(d);
                }))
                .hasStackTraceContaining("ALCH-1501");
        assertThat(Jpa.find(emf, Document.class, id)).isNull();
        assertThat(backend.exists("ok.txt"))
                .as("written before the failure, removed by the rollback")
                .isFalse();
        assertThat(dir.resolveSibling("escape.txt")).doesNotExist();
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void insertRolledBackDeletesTheWrittenFile(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = IDS.getAndIncrement();
        Jpa.rollback(emf, em -> {
            Document d = new Document(id);
            d.setFile(file("rolled.txt", "x"));
            em.persist(d);
        });
        assertThat(backend.exists("rolled.txt")).isFalse();
        assertThat(events)
                .extracting(FileEvent::kind)
                .containsExactly(FileEvent.Kind.WRITTEN, FileEvent.Kind.ROLLED_BACK);
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void replaceDeletesTheOldFileAfterCommit(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = insert(emf, file("old.txt", "old"));
        Jpa.rollback(emf, em -> em.find(Document.class, id).setFile(file("new.txt", "new")));
        assertThat(backend.exists("old.txt")).isTrue();
        assertThat(backend.exists("new.txt")).isFalse();

        Jpa.commit(emf, em -> em.find(Document.class, id).setFile(file("new.txt", "new")));
        assertThat(backend.exists("old.txt")).isFalse();
        assertThat(content("new.txt")).isEqualTo("new");
        assertThat(Jpa.find(emf, Document.class, id).getFile().checksum()).contains(sha256("new"));
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void clearDeletesTheFileAfterCommit(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = insert(emf, file("clear.txt", "c"));
        Jpa.rollback(emf, em -> em.find(Document.class, id).setFile(null));
        assertThat(backend.exists("clear.txt")).isTrue();

        Jpa.commit(emf, em -> em.find(Document.class, id).setFile(null));
        assertThat(backend.exists("clear.txt")).isFalse();
        assertThat(Jpa.find(emf, Document.class, id).getFile()).isNull();
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void deletingTheRowDeletesAllItsFilesAfterCommit(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = insert(emf, file("row.txt", "r"), file("att1.txt", "1"), file("att2.txt", "2"));
        Jpa.rollback(emf, em -> em.remove(em.find(Document.class, id)));
        assertThat(backend.exists("row.txt")).isTrue();
        assertThat(backend.exists("att1.txt")).isTrue();

        Jpa.commit(emf, em -> em.remove(em.find(Document.class, id)));
        assertThat(backend.exists("row.txt")).isFalse();
        assertThat(backend.exists("att1.txt")).isFalse();
        assertThat(backend.exists("att2.txt")).isFalse();
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void inPlaceListChangesAreSavedAndDeleted(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = insert(emf, file("keep.txt", "k"), file("a.txt", "a"), file("b.txt", "b"));

        // append
        Jpa.rollback(emf, em -> em.find(Document.class, id).getAttachments().add(file("c.txt", "c")));
        assertThat(backend.exists("c.txt")).isFalse();
        Jpa.commit(emf, em -> em.find(Document.class, id).getAttachments().add(file("c.txt", "c")));
        assertThat(paths(emf, id)).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(content("c.txt")).isEqualTo("c");
        assertThat(Jpa.find(emf, Document.class, id).getAttachments().get(2).size())
                .contains(1L);

        // remove
        Jpa.rollback(emf, em -> em.find(Document.class, id).getAttachments().remove(0));
        assertThat(backend.exists("a.txt")).isTrue();
        Jpa.commit(emf, em -> em.find(Document.class, id).getAttachments().remove(0));
        assertThat(paths(emf, id)).containsExactly("b.txt", "c.txt");
        assertThat(backend.exists("a.txt")).isFalse();

        // set
        Jpa.rollback(emf, em -> em.find(Document.class, id).getAttachments().set(0, file("d.txt", "d")));
        assertThat(backend.exists("b.txt")).isTrue();
        assertThat(backend.exists("d.txt")).isFalse();
        Jpa.commit(emf, em -> em.find(Document.class, id).getAttachments().set(0, file("d.txt", "d")));
        assertThat(paths(emf, id)).containsExactly("d.txt", "c.txt");
        assertThat(backend.exists("b.txt")).isFalse();

        // clear
        Jpa.rollback(emf, em -> em.find(Document.class, id).getAttachments().clear());
        assertThat(backend.exists("c.txt")).isTrue();
        Jpa.commit(emf, em -> em.find(Document.class, id).getAttachments().clear());
        assertThat(paths(emf, id)).isEmpty();
        assertThat(backend.exists("c.txt")).isFalse();
        assertThat(backend.exists("d.txt")).isFalse();
        assertThat(backend.exists("keep.txt")).isTrue();
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void twoEntitiesSharingABackendKeepTheirOwnFiles(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long docId = insert(emf, file("shared/doc.png", "doc"));
        long galleryId = IDS.getAndIncrement();
        Jpa.commit(emf, em -> {
            Gallery g = new Gallery(galleryId);
            g.setImage(file("shared/gallery.png", "gallery"));
            em.persist(g);
        });
        Jpa.commit(emf, em -> em.remove(em.find(Gallery.class, galleryId)));
        assertThat(backend.exists("shared/gallery.png")).isFalse();
        assertThat(content("shared/doc.png")).isEqualTo("doc");
        assertThat(Jpa.find(emf, Document.class, docId).getFile().contentType()).isEqualTo("image/png");
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void newBytesAtTheSamePathAreWrittenAndSurvive(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = insert(emf, file("same.txt", "version one"));

        Jpa.rollback(emf, em -> em.find(Document.class, id).setFile(file("same.txt", "version two")));
        assertThat(content("same.txt"))
                .as("a rollback restores the committed bytes")
                .isEqualTo("version one");
        assertThat(Jpa.find(emf, Document.class, id).getFile().checksum()).contains(sha256("version one"));

        Jpa.commit(emf, em -> em.find(Document.class, id).setFile(file("same.txt", "version two")));
        assertThat(content("same.txt")).isEqualTo("version two");
        FileObject f = Jpa.find(emf, Document.class, id).getFile();
        assertThat(f.checksum()).contains(sha256("version two"));
        assertThat(f.size()).contains(11L);
        assertThat(dir.toFile().list()).as("no backup left behind").containsExactlyInAnyOrder("same.txt");
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void identityRowsGetTheStoredValuesAndLoseTheFileOnRollback(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long[] id = new long[1];
        Jpa.commit(emf, em -> {
            Avatar a = new Avatar(file("avatars/me.png", "me"));
            em.persist(a);
            em.flush();
            id[0] = a.getId();
        });
        FileObject stored = Jpa.find(emf, Avatar.class, id[0]).getImage();
        assertThat(stored.size()).contains(2L);
        assertThat(stored.checksum()).contains(sha256("me"));
        assertThat(content("avatars/me.png")).isEqualTo("me");

        Jpa.rollback(emf, em -> em.persist(new Avatar(file("avatars/gone.png", "gone"))));
        assertThat(backend.exists("avatars/gone.png")).isFalse();
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void metadataChangesAreSavedWithTheRow(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        long id = insert(emf, file("meta.txt", "m").updateMetadata(java.util.Map.of("a", 1)));
        Jpa.commit(emf, em -> em.find(Document.class, id).getFile().updateMetadata(java.util.Map.of("b", "two")));
        assertThat(Jpa.find(emf, Document.class, id).getFile().metadata())
                .containsEntry("a", 1)
                .containsEntry("b", "two");
    }

    private static List<String> paths(EntityManagerFactory emf, long id) {
        return Jpa.find(emf, Document.class, id).getAttachments().stream()
                .map(FileObject::path)
                .toList();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
