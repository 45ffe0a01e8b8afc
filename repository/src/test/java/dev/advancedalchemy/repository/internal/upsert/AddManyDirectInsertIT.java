package dev.advancedalchemy.repository.internal.upsert;

import static dev.advancedalchemy.repository.internal.upsert.UpsertUnit.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.Repositories;
import dev.advancedalchemy.repository.SyncRepository;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code addMany} writes simple entities as JDBC batches of 1,000 rows bypassing EclipseLink's insert: converters,
 * client-side ids, {@code @PrePersist} and the initial version as with {@code persist}; with {@code autoDetach} the
 * results are detached, otherwise registered with the persistence context as stored rows. The shared cache is not
 * filled, which tells the direct path from {@code persist} apart.
 */
class AddManyDirectInsertIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);
    private static final Options DETACHED = COMMIT.withAutoDetach(true);

    interface Gadgets extends SyncRepository<Gadget, String> {}

    private static EntityManagerFactory clean(TestDatabase db) {
        EntityManagerFactory emf = UpsertUnit.emf(db);
        inTransaction(emf, em -> em.createQuery("DELETE FROM Gadget").executeUpdate());
        emf.getCache().evictAll();
        return emf;
    }

    private static List<Gadget> stored(EntityManagerFactory emf) {
        emf.getCache().evictAll();
        try (EntityManager em = emf.createEntityManager()) {
            return em.createQuery("SELECT g FROM Gadget g ORDER BY g.sku", Gadget.class)
                    .getResultList();
        }
    }

    /** {@code n} new gadgets g0000, g0001, …. */
    private static List<Gadget> gadgets(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Gadget(String.format("g%04d", i), "Gadget " + i, new Price(100 + i), i))
                .toList();
    }

    /** 1,200 new gadgets, the 1,101st of which (in the second 1,000-row batch) has the stored sku "a". */
    private static List<Gadget> clashingInSecondBatch() {
        return IntStream.range(0, 1200)
                .mapToObj(i -> new Gadget(i == 1100 ? "a" : "b" + i, "Item " + i, new Price(i), i))
                .toList();
    }

    @DatabaseTest
    void detachedAddManyStoresConvertedVersionedRowsWithCallbacksRun(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            List<Gadget> items = gadgets(1500);

            List<Gadget> result = gadgets.addMany(items, DETACHED);

            assertThat(result).containsExactlyElementsOf(items);
            assertThat(result).allSatisfy(g -> {
                assertThat(g.getId()).isNotNull();
                assertThat(g.getVersion()).isEqualTo(1L);
                assertThat(g.getCreatedAt()).isNotNull();
                assertThat(g.getPostPersistCalls()).isEqualTo(1);
                assertThat(em.contains(g)).isFalse();
                assertThat(emf.getCache().contains(Gadget.class, g.getId())).isFalse();
            });
            assertThat(em.getTransaction().isActive()).isFalse();
        }
        List<Gadget> stored = stored(emf);
        assertThat(stored).hasSize(1500);
        Gadget last = stored.get(1499);
        assertThat(last.getSku()).isEqualTo("g1499");
        assertThat(last.getPrice()).isEqualTo(new Price(1599));
        assertThat(last.getVersion()).isEqualTo(1L);
        assertThat(last.getCreatedAt()).isNotNull();
    }

    @DatabaseTest
    void aRejectedRowFailsTheCallAndStoresNothingOfIt(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            gadgets.add(
                    new Gadget("a", "Anvil", new Price(1), 1),
                    Options.defaults().withAutoCommit(true));

            assertThatThrownBy(() -> gadgets.addMany(
                            List.of(
                                    new Gadget("b", "Bolt", new Price(2), 2),
                                    new Gadget("a", "Again", new Price(3), 3)),
                            DETACHED))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageNotContaining("Again");
        }
        assertThat(stored(emf)).extracting(Gadget::getSku).containsExactly("a");
    }

    @DatabaseTest
    void managedAddManyInsertsDirectlyAndLeavesTheRowsManaged(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            List<Gadget> items = gadgets(1500);

            List<Gadget> result = gadgets.addMany(items, COMMIT);

            assertThat(result).containsExactlyElementsOf(items);
            assertThat(result).allSatisfy(g -> {
                assertThat(g.getId()).isNotNull();
                assertThat(g.getVersion()).isEqualTo(1L);
                assertThat(g.getCreatedAt()).isNotNull();
                assertThat(g.getPostPersistCalls()).isEqualTo(1); // the same callbacks as persist
                assertThat(em.contains(g)).isTrue();
                // the direct path: the rows are registered with the persistence context, not merged into the cache
                assertThat(emf.getCache().contains(Gadget.class, g.getId())).isFalse();
            });
            assertThat(em.find(Gadget.class, items.get(7).getId())).isSameAs(items.get(7));

            // later changes to the returned entities are written, with the version checked and incremented
            em.getTransaction().begin();
            items.get(7).setName("Renamed");
            em.getTransaction().commit();
            em.getTransaction().begin();
            em.remove(items.get(8));
            em.getTransaction().commit();
        }
        List<Gadget> stored = stored(emf);
        assertThat(stored).hasSize(1499);
        assertThat(stored.get(7).getName()).isEqualTo("Renamed");
        assertThat(stored.get(7).getVersion()).isEqualTo(2L);
        assertThat(stored.get(8).getSku()).isEqualTo("g0009");
        assertThat(stored.get(8).getVersion()).isEqualTo(1L);
        assertThat(stored.get(1498).getPrice()).isEqualTo(new Price(1599));
    }

    @DatabaseTest
    void inTheCallersTransactionChangesAfterAddManyAreFlushed(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            em.getTransaction().begin();
            List<Gadget> result = gadgets.addMany(
                    List.of(new Gadget("a", "Anvil", new Price(1), 1), new Gadget("b", "Bolt", new Price(2), 2)));
            result.get(0).setName("Anvil 2");
            em.flush();
            assertThat(em.createQuery("SELECT g.name FROM Gadget g ORDER BY g.sku", String.class)
                            .getResultList())
                    .containsExactly("Anvil 2", "Bolt");
            result.get(1).setName("Bolt 2"); // written by the commit
            em.getTransaction().commit();
            assertThat(result.get(0).getVersion()).isEqualTo(2L);
        }
        assertThat(stored(emf)).extracting(Gadget::getName).containsExactly("Anvil 2", "Bolt 2");
    }

    @DatabaseTest
    void aRejectedRowOfAManagedAddManyStoresNothingAndLeavesNothingManaged(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            gadgets.add(new Gadget("a", "Anvil", new Price(1), 1), COMMIT);
            List<Gadget> items = clashingInSecondBatch();

            assertThatThrownBy(() -> gadgets.addMany(items, COMMIT)).isInstanceOf(DuplicateKeyException.class);
            assertThat(em.contains(items.get(0))).isFalse();
            assertThat(em.getTransaction().isActive()).isFalse();
        }
        assertThat(stored(emf)).extracting(Gadget::getSku).containsExactly("a");
    }

    @DatabaseTest
    void aRejectedRowInTheCallersTransactionMarksItForRollback(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            gadgets.add(new Gadget("a", "Anvil", new Price(1), 1), COMMIT);
            List<Gadget> items = clashingInSecondBatch();
            em.getTransaction().begin();

            assertThatThrownBy(() -> gadgets.addMany(items)).isInstanceOf(DuplicateKeyException.class);
            // as after a failed persist flush: the first batch of 1,000 rows cannot be committed
            assertThat(em.getTransaction().getRollbackOnly()).isTrue();
            em.getTransaction().rollback();
        }
        assertThat(stored(emf)).extracting(Gadget::getSku).containsExactly("a");
    }

    @DatabaseTest
    void itemsTheDirectPathCannotTakeArePersistedAndStayManaged(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            Gadget twice = new Gadget("m", "Managed", new Price(5), 5);

            List<Gadget> result = gadgets.addMany(List.of(twice, twice), COMMIT); // listed twice: persist

            assertThat(em.contains(twice)).isTrue();
            assertThat(result).containsExactly(twice, twice);
            assertThat(twice.getPostPersistCalls()).isEqualTo(1); // the same callbacks on both paths
            assertThat(emf.getCache().contains(Gadget.class, twice.getId())).isTrue(); // the persist path

            em.getTransaction().begin();
            Gadget known = em.find(Gadget.class, twice.getId());
            Gadget fresh = new Gadget("n", "New", new Price(6), 6);
            gadgets.addMany(List.of(fresh, known)); // one already managed: persist
            em.getTransaction().commit();
            assertThat(emf.getCache().contains(Gadget.class, fresh.getId())).isTrue();
        }
        assertThat(stored(emf)).extracting(Gadget::getName).containsExactly("Managed", "New");
    }
}
