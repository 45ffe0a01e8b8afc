package dev.advancedalchemy.storage.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectList;
import dev.advancedalchemy.storage.Orphan;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.storage.StoredFile;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 random operations against a backend that fails a fifth of all writes and deletes; afterwards every
 * committed row's files exist with the recorded size and checksum, and every other file is in the orphan list. Run
 * once per JPA provider (subclasses).
 */
abstract class FaultInjectionContract {
    /** The provider this run uses. */
    abstract Provider provider();

    private static final int OPERATIONS = 1000;

    @TempDir
    Path dir;

    /** The one failure-injecting wrapper of the suite: fails a share of saves and deletes before touching disk. */
    private static final class FlakyBackend implements StorageBackend {
        private final StorageBackend real;
        private final Random random;
        private final double share;

        FlakyBackend(StorageBackend real, Random random, double share) {
            this.real = real;
            this.random = random;
            this.share = share;
        }

        @Override
        public String key() {
            return real.key();
        }

        @Override
        public StoredFile save(String path, InputStream data, String contentType, Map<String, Object> metadata) {
            if (random.nextDouble() < share) {
                throw new StorageException("injected write failure");
            }
            return real.save(path, data, contentType, metadata);
        }

        @Override
        public InputStream open(String path) {
            return real.open(path);
        }

        @Override
        public void delete(String path) {
            if (random.nextDouble() < share) {
                throw new StorageException("injected delete failure");
            }
            real.delete(path);
        }

        @Override
        public boolean exists(String path) {
            return real.exists(path);
        }
    }

    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void invariantHoldsAfterRandomOperationsWithFailures(TestDatabase db) throws Exception {
        Random random = new Random(20261126L);
        StorageBackend real = StorageBackends.local("flaky", dir);
        StorageRegistry registry = StorageRegistry.create().register(new FlakyBackend(real, random, 0.2));
        StorageRegistry.setDefault(registry);
        EntityManagerFactory emf = provider().emf(db);
        long base = 1_000_000L * (db.db().ordinal() + 1);
        List<Long> ids = new ArrayList<>();
        int[] outcomes = new int[3]; // committed, rolled back, failed
        int names = 0;

        for (int op = 0; op < OPERATIONS; op++) {
            int kind = ids.isEmpty() ? 0 : Math.max(0, random.nextInt(8) - 2); // inserts weigh 3 of 8
            long id = kind == 0 ? base + op : ids.get(random.nextInt(ids.size()));
            String name = "f" + (names++) + ".bin";
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            FileObject file = FileObject.of("flaky", name).content(bytes);
            Consumer<EntityManager> work = switch (kind) {
                case 0 ->
                    em -> {
                        Document d = new Document(id);
                        d.setFile(file);
                        d.setAttachments(FileObjectList.of(
                                FileObject.of("flaky", "a" + name).content(bytes)));
                        em.persist(d);
                    };
                case 1 -> em -> em.find(Document.class, id).setFile(file);
                case 2 -> em -> em.find(Document.class, id).setFile(null);
                case 3 -> em -> em.find(Document.class, id).getAttachments().add(file);
                case 4 ->
                    em -> {
                        FileObjectList list = em.find(Document.class, id).getAttachments();
                        if (!list.isEmpty()) {
                            list.remove(random.nextInt(list.size()));
                        }
                    };
                default -> em -> em.remove(em.find(Document.class, id));
            };
            boolean rollback = random.nextInt(5) == 0;
            try {
                if (rollback) {
                    Jpa.rollback(emf, work);
                    outcomes[1]++;
                } else {
                    Jpa.commit(emf, work);
                    outcomes[0]++;
                    if (kind == 0) {
                        ids.add(id);
                    } else if (kind == 5) {
                        ids.remove(id);
                    }
                }
            } catch (RuntimeException e) {
                outcomes[2]++;
            }
        }

        Set<String> referenced = new HashSet<>();
        EntityManager em = emf.createEntityManager();
        try {
            List<Document> rows = em.createQuery(
                            "select d from Document d where d.id >= :lo and d.id < :hi", Document.class)
                    .setParameter("lo", base)
                    .setParameter("hi", base + OPERATIONS)
                    .getResultList();
            assertThat(rows).hasSize(ids.size()).hasSizeGreaterThan(50);
            for (Document d : rows) {
                List<FileObject> files = new ArrayList<>(d.getAttachments());
                if (d.getFile() != null) {
                    files.add(d.getFile());
                }
                for (FileObject f : files) {
                    referenced.add(f.path());
                    Path onDisk = dir.resolve(f.path());
                    assertThat(onDisk).as("file of committed row %s", d.getId()).exists();
                    byte[] content = Files.readAllBytes(onDisk);
                    assertThat(f.size()).contains((long) content.length);
                    assertThat(f.checksum()).contains(sha256(content));
                }
            }
        } finally {
            em.close();
        }
        Set<String> orphans =
                registry.lifecycle().orphans().stream().map(Orphan::path).collect(Collectors.toSet());
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> unreferenced = new HashSet<>(onDisk);
        unreferenced.removeAll(referenced);
        assertThat(unreferenced).as("unreferenced files not in the orphan list").isSubsetOf(orphans);
        assertThat(outcomes[0]).as("committed").isGreaterThan(OPERATIONS / 3);
        assertThat(outcomes[1]).as("rolled back").isGreaterThan(OPERATIONS / 10);
        assertThat(outcomes[2]).as("failed by injected write errors").isGreaterThan(OPERATIONS / 10);
        assertThat(orphans).as("some deletes failed three times").isNotEmpty();
        System.out.printf(
                "%s %s: %d committed, %d rolled back, %d failed, %d rows, %d files referenced, %d orphans%n",
                provider(),
                db.db(),
                outcomes[0],
                outcomes[1],
                outcomes[2],
                ids.size(),
                referenced.size(),
                orphans.size());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
