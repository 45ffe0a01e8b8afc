package dev.advancedalchemy.repository.internal.upsert;

import static dev.advancedalchemy.repository.internal.upsert.UpsertUnit.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The upsert engine on EclipseLink; {@link HibernateUpsertEngineIT} runs the same cases on Hibernate. */
class UpsertEngineIT {
    private static final List<String> BY_SKU = List.of("sku");

    /** The JPA provider the cases run on. */
    UpsertUnit.Provider provider() {
        return UpsertUnit.Provider.ECLIPSELINK;
    }

    private EntityManagerFactory clean(TestDatabase db) {
        EntityManagerFactory emf = UpsertUnit.emf(db, provider());
        inTransaction(emf, em -> em.createQuery("DELETE FROM Gadget").executeUpdate());
        emf.getCache().evictAll();
        return emf;
    }

    private static List<Gadget> upsert(EntityManagerFactory emf, List<Gadget> items, List<String> match) {
        return inTransaction(emf, em -> UpsertEngine.upsertMany(em, Gadget.class, items, match));
    }

    private static <R> R read(EntityManagerFactory emf, Function<EntityManager, R> query) {
        try (EntityManager em = emf.createEntityManager()) {
            return query.apply(em);
        }
    }

    private static Map<String, Gadget> stored(EntityManagerFactory emf) {
        return read(
                emf,
                em -> em.createQuery("SELECT g FROM Gadget g", Gadget.class).getResultList().stream()
                        .collect(Collectors.toMap(Gadget::getSku, g -> g)));
    }

    @DatabaseTest
    void insertsNewRowsWithClientSideIdsAndAuditColumns(TestDatabase db) {
        EntityManagerFactory emf = clean(db);

        List<Gadget> result = upsert(
                emf,
                List.of(new Gadget("a", "Anvil", new Price(1999), 3), new Gadget("b", "Bolt", new Price(5), 100)),
                List.of());

        assertThat(result).extracting(Gadget::getSku).containsExactly("a", "b");
        assertThat(result).allSatisfy(g -> {
            assertThat(g.getId()).isNotNull();
            assertThat(g.getVersion()).isEqualTo(1L);
            assertThat(g.getCreatedAt()).isNotNull();
            assertThat(g.getUpdatedAt()).isEqualTo(g.getCreatedAt());
        });
        Map<String, Gadget> stored = stored(emf);
        assertThat(stored).containsOnlyKeys("a", "b");
        assertThat(stored.get("a").getId()).isEqualTo(result.get(0).getId());
        assertThat(stored.get("a").getPrice()).isEqualTo(new Price(1999));
    }

    @DatabaseTest
    void updatesExistingRowsByPrimaryKeyKeepingCreatedAtAndBumpingVersion(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        List<Gadget> first = upsert(
                emf,
                List.of(new Gadget("a", "Anvil", new Price(10), 1), new Gadget("b", "Bolt", new Price(20), 2)),
                List.of());
        OffsetDateTime createdA = first.get(0).getCreatedAt();

        List<Gadget> changes = new ArrayList<>();
        for (Gadget old : first) {
            Gadget changed = new Gadget(old.getSku(), old.getName() + " v2", new Price(99), 7);
            changed.setId(old.getId());
            changed.setCreatedAt(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            changes.add(changed);
        }
        List<Gadget> result = upsert(emf, changes, List.of());

        assertThat(result).extracting(Gadget::getName).containsExactly("Anvil v2", "Bolt v2");
        assertThat(result).extracting(Gadget::getVersion).containsOnly(2L);
        Map<String, Gadget> stored = stored(emf);
        assertThat(stored).hasSize(2);
        assertThat(stored.get("a").getCreatedAt().toInstant()).isEqualTo(createdA.toInstant());
        assertThat(stored.get("a").getUpdatedAt())
                .isAfterOrEqualTo(stored.get("a").getCreatedAt());
        assertThat(stored.get("a").getPrice()).isEqualTo(new Price(99));
        assertThat(stored.get("b").getStock()).isEqualTo(7);
    }

    @DatabaseTest
    void mixesInsertsAndUpdatesOnAUniqueNonKeyColumnReturningInputOrder(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        List<Gadget> first = upsert(emf, List.of(new Gadget("a", "A", null, 1), new Gadget("b", "B", null, 2)), BY_SKU);
        String idOfB = first.get(1).getId();

        List<Gadget> result = upsert(
                emf,
                List.of(new Gadget("c", "C", null, 3), new Gadget("b", "B2", null, 20), new Gadget("d", "D", null, 4)),
                BY_SKU);

        assertThat(result).extracting(Gadget::getSku).containsExactly("c", "b", "d");
        assertThat(result.get(1).getId()).as("an existing row keeps its id").isEqualTo(idOfB);
        assertThat(result.get(1).getName()).isEqualTo("B2");
        assertThat(result.get(1).getVersion()).isEqualTo(2L);
        assertThat(result.get(0).getVersion()).isEqualTo(1L);
        Map<String, Gadget> stored = stored(emf);
        assertThat(stored).containsOnlyKeys("a", "b", "c", "d");
        assertThat(stored.get("a").getName()).isEqualTo("A");
        assertThat(stored.get("b").getStock()).isEqualTo(20);
    }

    @DatabaseTest
    void bindsConvertedValuesInTheirDatabaseForm(TestDatabase db) throws Exception {
        EntityManagerFactory emf = clean(db);
        upsert(emf, List.of(new Gadget("p", "Priced", new Price(12345), 1)), BY_SKU);
        upsert(emf, List.of(new Gadget("p", "Priced", new Price(678), 1)), BY_SKU);

        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT price_cents FROM upsert_gadget WHERE sku = 'p'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(678L);
            assertThat(rs.next()).isFalse();
        }
    }

    @DatabaseTest
    void chunksAboveTheBindParameterLimit(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        int n = 20_000; // 8 columns each: 160,000 parameters, above every database's limit
        List<Gadget> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new Gadget("k" + i, "n" + i, new Price(i), i));
        }
        assertThat(upsert(emf, items, BY_SKU)).hasSize(n);

        List<Gadget> again = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            again.add(new Gadget("k" + i, i % 2 == 0 ? "even" : "n" + i, new Price(i), i));
        }
        List<Gadget> result = upsert(emf, again, BY_SKU);

        assertThat(result).hasSize(n);
        assertThat(result.get(n - 2).getSku()).isEqualTo("k" + (n - 2));
        assertThat(result.get(n - 2).getName()).isEqualTo("even");
        long evens = read(
                emf,
                em -> em.createQuery(
                                "SELECT COUNT(g) FROM Gadget g WHERE g.name = 'even' AND g.version = 2", Long.class)
                        .getSingleResult());
        long total = read(
                emf,
                em -> em.createQuery("SELECT COUNT(g) FROM Gadget g", Long.class)
                        .getSingleResult());
        assertThat(evens).isEqualTo(n / 2);
        assertThat(total).isEqualTo(n);
    }

    @DatabaseTest
    void lastDuplicateInOneCallWins(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        List<Gadget> result =
                upsert(emf, List.of(new Gadget("x", "first", null, 1), new Gadget("x", "second", null, 2)), BY_SKU);

        assertThat(result).hasSize(2);
        assertThat(result.get(0)).isSameAs(result.get(1));
        assertThat(stored(emf).get("x").getName()).isEqualTo("second");
    }

    @DatabaseTest
    void refreshesAnInstanceAlreadyManagedByTheEntityManager(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        upsert(emf, List.of(new Gadget("m", "old", null, 1)), BY_SKU);

        inTransaction(emf, em -> {
            Gadget managed = em.createQuery("SELECT g FROM Gadget g WHERE g.sku = 'm'", Gadget.class)
                    .getSingleResult();
            List<Gadget> result =
                    UpsertEngine.upsertMany(em, Gadget.class, List.of(new Gadget("m", "new", null, 5)), BY_SKU);
            assertThat(result.get(0)).isSameAs(managed);
            assertThat(managed.getName()).isEqualTo("new");
            assertThat(managed.getVersion()).isEqualTo(2L);
            return null;
        });
    }

    @DatabaseTest
    void rejectsBadMatchFieldsBeforeWritingAnything(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        List<Gadget> items = List.of(new Gadget("z", "Z", null, 1));

        assertThatThrownBy(() -> upsert(emf, items, List.of("colour")))
                .isInstanceOf(RepositoryException.class)
                .hasMessageContaining("ALCH-1325")
                .hasMessageContaining("colour")
                .hasMessageContaining("sku");
        assertThatThrownBy(() -> upsert(emf, items, List.of("name")))
                .isInstanceOf(RepositoryException.class)
                .hasMessageContaining("ALCH-1326")
                .hasMessageContaining("unique");
        assertThat(stored(emf)).isEmpty();
    }

    @DatabaseTest
    void needsATransaction(TestDatabase db) {
        EntityManagerFactory emf = clean(db);
        try (EntityManager em = emf.createEntityManager()) {
            assertThatThrownBy(() ->
                            UpsertEngine.upsertMany(em, Gadget.class, List.of(new Gadget("t", "T", null, 1)), BY_SKU))
                    .isInstanceOf(RepositoryException.class)
                    .hasMessageContaining("transaction");
        }
        assertThat(stored(emf)).isEmpty();
    }
}
