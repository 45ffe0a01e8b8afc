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
 * {@code addMany} with {@code autoDetach} writes simple entities as one JDBC batch outside the persistence context
 * (EclipseLink): converters, client-side ids, {@code @PrePersist} and the initial version as with {@code persist};
 * the shared cache is not filled, which tells the paths apart.
 */
class AddManyDirectInsertIT {
    private static final Options DETACHED =
            Options.defaults().withAutoCommit(true).withAutoDetach(true);

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

    @DatabaseTest
    void detachedAddManyStoresConvertedVersionedRowsWithCallbacksRun(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);
            List<Gadget> items = IntStream.range(0, 1500)
                    .mapToObj(i -> new Gadget(String.format("g%04d", i), "Gadget " + i, new Price(100 + i), i))
                    .toList();

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
    void withoutAutoDetachTheRowsArePersistedAndStayManaged(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            Gadgets gadgets = Repositories.of(Gadgets.class, em);

            List<Gadget> result = gadgets.addMany(
                    List.of(new Gadget("m", "Managed", new Price(5), 5)),
                    Options.defaults().withAutoCommit(true));

            assertThat(em.contains(result.get(0))).isTrue();
            assertThat(result.get(0).getPostPersistCalls()).isEqualTo(1); // the same callbacks on both paths
            assertThat(emf.getCache().contains(Gadget.class, result.get(0).getId()))
                    .isTrue();
        }
        assertThat(stored(emf)).extracting(Gadget::getName).containsExactly("Managed");
    }
}
