package dev.advancedalchemy.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.base.entities.Animal;
import dev.advancedalchemy.base.entities.BigIntAuditThing;
import dev.advancedalchemy.base.entities.BigIntThing;
import dev.advancedalchemy.base.entities.GuideDog;
import dev.advancedalchemy.base.entities.IdentityAuditThing;
import dev.advancedalchemy.base.entities.IdentityThing;
import dev.advancedalchemy.base.entities.Invoice;
import dev.advancedalchemy.base.entities.Named;
import dev.advancedalchemy.base.entities.NanoAuditThing;
import dev.advancedalchemy.base.entities.NanoThing;
import dev.advancedalchemy.base.entities.UuidV4AuditThing;
import dev.advancedalchemy.base.entities.UuidV4Thing;
import dev.advancedalchemy.base.entities.UuidV6AuditThing;
import dev.advancedalchemy.base.entities.UuidV6Thing;
import dev.advancedalchemy.base.entities.UuidV7AuditThing;
import dev.advancedalchemy.base.entities.UuidV7Thing;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the model layer promises, run per provider (one subclass each, so each gets its own schema) on H2,
 * PostgreSQL and MariaDB.
 */
abstract class ModelLayerContract {
    private static final List<Supplier<Named>> EVERY_BASE_CLASS = List.of(
            UuidV4Thing::new,
            UuidV6Thing::new,
            UuidV7Thing::new,
            UuidV4AuditThing::new,
            UuidV6AuditThing::new,
            UuidV7AuditThing::new,
            BigIntThing::new,
            BigIntAuditThing::new,
            IdentityThing::new,
            IdentityAuditThing::new,
            NanoThing::new,
            NanoAuditThing::new);

    private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06.123456Z");

    abstract Provider provider();

    @DatabaseTest
    void everyBaseClassIsInsertedReadUpdatedAndDeleted(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        for (Supplier<Named> factory : EVERY_BASE_CLASS) {
            Named entity = factory.get();
            Class<? extends Named> type = entity.getClass();
            entity.setName("first");
            Tx.run(emf, em -> em.persist(entity));
            Object id = emf.getPersistenceUnitUtil().getIdentifier(entity);
            assertThat(id).as(type.getSimpleName() + " id").isNotNull();

            Named loaded = Tx.get(emf, em -> em.find(type, id));
            assertThat(loaded.getName()).as(type.getSimpleName()).isEqualTo("first");
            if (entity instanceof Audited audited) {
                assertThat(audited.getCreatedAt()).as(type.getSimpleName()).isNotNull();
                assertThat(audited.getUpdatedAt()).isEqualTo(audited.getCreatedAt());
                assertThat(((Audited) loaded).getCreatedAt()).isEqualTo(audited.getCreatedAt());
                assertThat(((Audited) loaded).getUpdatedAt()).isEqualTo(audited.getUpdatedAt());
            }

            Tx.run(emf, em -> em.find(type, id).setName("second"));
            assertThat(Tx.<String>get(emf, em -> em.find(type, id).getName()))
                    .as(type.getSimpleName())
                    .isEqualTo("second");

            Tx.run(emf, em -> em.remove(em.find(type, id)));
            assertThat(Tx.<Named>get(emf, em -> em.find(type, id)))
                    .as(type.getSimpleName())
                    .isNull();
        }
    }

    @DatabaseTest
    void uuidKeysAreAssignedInTheJvmAtPersistAndAnExplicitIdIsKept(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        UuidV7Thing generated = new UuidV7Thing("generated");
        UUID assignedBeforeFlush = Tx.get(emf, em -> {
            em.persist(generated);
            return generated.getId(); // set by persist, before any INSERT ran
        });
        assertThat(assignedBeforeFlush).isNotNull();

        UUID chosen = UUID.fromString("0191e3c1-7d2a-7b3c-8d4e-5f60718293a4");
        UuidV4Thing explicit = new UuidV4Thing("explicit");
        explicit.setId(chosen);
        Tx.run(emf, em -> em.persist(explicit));
        assertThat(Tx.<String>get(emf, em -> em.find(UuidV4Thing.class, chosen).getName()))
                .isEqualTo("explicit");
    }

    @DatabaseTest
    void tableNamesAreSnakeCaseOfTheClassNameUnlessTableNameIsGiven(TestDatabase db) throws SQLException {
        provider().emf(db);
        assertThat(Schema.tables(db))
                .contains(
                        "http_request_log",
                        "uuid_v7_audit_thing",
                        "big_int_thing",
                        "nano_audit_thing",
                        "identity_thing",
                        "invoice",
                        "legacy_things")
                .doesNotContain("explicitly_named", "httprequestlog");
    }

    @DatabaseTest
    void singleTableSubclassesShareTheRootsSnakeCaseTable(TestDatabase db) throws SQLException {
        EntityManagerFactory emf = provider().emf(db);
        GuideDog dog = new GuideDog();
        dog.setName("rex");
        dog.setHandler("ann");
        Tx.run(emf, em -> em.persist(dog));
        Animal loaded = Tx.get(emf, em -> em.find(Animal.class, dog.getId()));
        assertThat(loaded).isInstanceOf(GuideDog.class);
        assertThat(((GuideDog) loaded).getHandler()).isEqualTo("ann");
        assertThat(Schema.tables(db)).contains("animal").doesNotContain("guide_dog");
    }

    @DatabaseTest
    void columnTypesAreTheDocumentedOnes(TestDatabase db) throws SQLException {
        provider().emf(db);
        Schema.Column uuid = Schema.columns(db, "uuid_v7_audit_thing").get("id");
        Schema.Column createdAt = Schema.columns(db, "uuid_v7_audit_thing").get("created_at");
        switch (db.db()) {
            case POSTGRES -> {
                assertThat(uuid.typeName()).isEqualTo("uuid");
                assertThat(createdAt.typeName()).isEqualTo("timestamptz");
                assertThat(createdAt.decimalDigits()).isEqualTo(6);
            }
            case H2 -> {
                assertThat(uuid.typeName()).isEqualTo("uuid");
                assertThat(createdAt.typeName()).isEqualTo("timestamp with time zone");
                assertThat(createdAt.decimalDigits()).isEqualTo(6);
            }
            case MARIADB -> {
                assertThat(uuid.typeName()).isEqualTo("binary");
                assertThat(uuid.size()).isEqualTo(16);
                assertThat(createdAt.typeName()).isEqualTo("datetime");
                assertThat(createdAt.size())
                        .as("DATETIME(6): 19 characters + '.' + 6 digits")
                        .isEqualTo(26);
            }
        }
        Schema.Column nanoId = Schema.columns(db, "nano_thing").get("id");
        assertThat(nanoId.typeName()).isIn("varchar", "character varying");
        assertThat(nanoId.size()).isEqualTo(21);
        assertThat(Schema.columns(db, "big_int_thing").get("id").typeName()).isIn("bigint", "int8");
    }

    @DatabaseTest
    void uuidIsStoredAsItsSixteenBigEndianBytesOrNatively(TestDatabase db) throws SQLException {
        UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        UuidV4Thing thing = new UuidV4Thing("bytes");
        thing.setId(id);
        Tx.run(provider().emf(db), em -> em.persist(thing));
        String sql = db.db() == Db.MARIADB
                ? "select hex(id) from uuid_v4_thing where name = 'bytes'"
                : "select cast(id as varchar(36)) from uuid_v4_thing where name = 'bytes'";
        assertThat(queryString(db, sql).toLowerCase(Locale.ROOT))
                .isEqualTo(db.db() == Db.MARIADB ? "00112233445566778899aabbccddeeff" : id.toString());
    }

    @DatabaseTest
    void bigIntKeysComeFromAPerTableSequenceThatAllocatesFifty(TestDatabase db) throws SQLException {
        EntityManagerFactory emf = provider().emf(db);
        BigIntThing first = new BigIntThing("a");
        BigIntThing second = new BigIntThing("b");
        Tx.run(emf, em -> {
            em.persist(first);
            em.persist(second);
        });
        assertThat(second.getId()).isEqualTo(first.getId() + 1);
        String increment = switch (db.db()) {
            case POSTGRES, H2 ->
                queryString(
                        db,
                        "select cast(increment as varchar(20)) from information_schema.sequences"
                                + " where lower(sequence_name) = 'big_int_thing_id_seq'");
            case MARIADB -> queryString(db, "select cast(increment as char) from big_int_thing_id_seq");
        };
        assertThat(increment).isEqualTo(String.valueOf(BigIntBase.ALLOCATION_SIZE));
    }

    @DatabaseTest
    void identityKeysAreGeneratedByTheDatabase(TestDatabase db) throws SQLException {
        IdentityThing thing = new IdentityThing("auto");
        Tx.run(provider().emf(db), em -> em.persist(thing));
        assertThat(thing.getId()).isNotNull();
        try (Connection c = db.connection();
                ResultSet rs = c.getMetaData()
                        .getColumns(c.getCatalog(), c.getSchema(), tableCase(db, "identity_thing"), "%")) {
            boolean found = false;
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase("id")) {
                    assertThat(rs.getString("IS_AUTOINCREMENT")).isEqualTo("YES");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @DatabaseTest
    void anAttributeChangeMovesUpdatedAtButNotCreatedAt(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        UuidV7AuditThing thing = new UuidV7AuditThing("before");
        thing.setCreatedAt(LONG_AGO);
        thing.setUpdatedAt(LONG_AGO);
        Tx.run(emf, em -> em.persist(thing));
        UUID id = thing.getId();

        Instant beforeChange = Instant.now().minusSeconds(1);
        Tx.run(emf, em -> em.find(UuidV7AuditThing.class, id).setName("after"));

        UuidV7AuditThing reloaded = Tx.get(emf, em -> em.find(UuidV7AuditThing.class, id));
        assertThat(reloaded.getCreatedAt()).isEqualTo(LONG_AGO);
        assertThat(reloaded.getUpdatedAt()).isAfter(beforeChange);
    }

    @DatabaseTest
    void aFlushWithoutChangesLeavesUpdatedAtAlone(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        UuidV7AuditThing thing = new UuidV7AuditThing("same");
        thing.setUpdatedAt(LONG_AGO);
        Tx.run(emf, em -> em.persist(thing));
        UUID id = thing.getId();

        Tx.run(emf, em -> {
            UuidV7AuditThing loaded = em.find(UuidV7AuditThing.class, id);
            loaded.setName("same"); // same value: not a change
            em.flush();
        });

        assertThat(Tx.<Instant>get(
                        emf, em -> em.find(UuidV7AuditThing.class, id).getUpdatedAt()))
                .isEqualTo(LONG_AGO);
    }

    @DatabaseTest
    void aFlushThatOnlyChangesAnotherEntityLeavesUpdatedAtAlone(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        BigIntAuditThing bystander = new BigIntAuditThing("bystander");
        bystander.setUpdatedAt(LONG_AGO);
        NanoAuditThing other = new NanoAuditThing("other");
        other.setUpdatedAt(LONG_AGO);
        Tx.run(emf, em -> {
            em.persist(bystander);
            em.persist(other);
        });

        Tx.run(emf, em -> {
            em.find(BigIntAuditThing.class, bystander.getId()); // loaded, untouched
            em.find(NanoAuditThing.class, other.getId()).setName("changed");
        });

        assertThat(Tx.<Instant>get(
                        emf,
                        em -> em.find(BigIntAuditThing.class, bystander.getId()).getUpdatedAt()))
                .isEqualTo(LONG_AGO);
        assertThat(Tx.<Instant>get(
                        emf, em -> em.find(NanoAuditThing.class, other.getId()).getUpdatedAt()))
                .isAfter(LONG_AGO);
    }

    @DatabaseTest
    void anExplicitUpdatedAtSurvivesTheFlushAndAMerge(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        IdentityAuditThing thing = new IdentityAuditThing("x");
        Tx.run(emf, em -> em.persist(thing));
        Long id = thing.getId();
        Instant chosen = Instant.parse("2020-01-02T03:04:05.678901Z");

        Tx.run(emf, em -> {
            IdentityAuditThing loaded = em.find(IdentityAuditThing.class, id);
            loaded.setName("y");
            loaded.setUpdatedAt(chosen);
        });
        assertThat(Tx.<Instant>get(
                        emf, em -> em.find(IdentityAuditThing.class, id).getUpdatedAt()))
                .isEqualTo(chosen);

        IdentityAuditThing detached = Tx.get(emf, em -> em.find(IdentityAuditThing.class, id));
        Instant viaMerge = Instant.parse("2019-12-31T23:59:59.000001Z");
        detached.setName("z");
        detached.setUpdatedAt(viaMerge);
        Tx.run(emf, em -> em.merge(detached));
        assertThat(Tx.<Instant>get(
                        emf, em -> em.find(IdentityAuditThing.class, id).getUpdatedAt()))
                .isEqualTo(viaMerge);
    }

    @DatabaseTest
    void timestampsKeepMicrosecondsAndAreStoredInUtc(TestDatabase db) throws SQLException {
        EntityManagerFactory emf = provider().emf(db);
        NanoAuditThing thing = new NanoAuditThing("precise");
        thing.setCreatedAt(Instant.parse("2024-05-06T07:08:09.123456789Z"));
        assertThat(thing.getCreatedAt()).isEqualTo(Instant.parse("2024-05-06T07:08:09.123456Z"));
        Tx.run(emf, em -> em.persist(thing));

        NanoAuditThing reloaded = Tx.get(emf, em -> em.find(NanoAuditThing.class, thing.getId()));
        assertThat(reloaded.getCreatedAt()).isEqualTo(Instant.parse("2024-05-06T07:08:09.123456Z"));
        assertThat(reloaded.getUpdatedAt()).isEqualTo(thing.getUpdatedAt());
        assertThat(reloaded.getUpdatedAt().getNano() % 1000).isZero();

        String stored = switch (db.db()) {
            case POSTGRES ->
                queryString(
                        db,
                        "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
                                + " from nano_audit_thing where name = 'precise'");
            case MARIADB ->
                queryString(
                        db,
                        "select date_format(created_at, '%Y-%m-%d %H:%i:%s.%f') from nano_audit_thing"
                                + " where name = 'precise'");
            case H2 ->
                queryString(
                        db,
                        "select formatdatetime(created_at, 'yyyy-MM-dd HH:mm:ss.SSSSSS', 'en', 'UTC')"
                                + " from nano_audit_thing where name = 'precise'");
        };
        assertThat(stored).isEqualTo("2024-05-06 07:08:09.123456");
    }

    @DatabaseTest
    void auditorFillsCreatedByAndUpdatedBy(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        Invoice invoice = new Invoice();
        invoice.setName("draft");
        try {
            TestAuditor.CURRENT.set("alice");
            Tx.run(emf, em -> em.persist(invoice));
            TestAuditor.CURRENT.set("bob");
            Tx.run(emf, em -> em.find(Invoice.class, invoice.getId()).setName("final"));
            TestAuditor.CURRENT.set("carol");
            Tx.run(emf, em -> em.find(Invoice.class, invoice.getId())); // no change: no update, no auditor
        } finally {
            TestAuditor.CURRENT.remove();
        }
        Invoice reloaded = Tx.get(emf, em -> em.find(Invoice.class, invoice.getId()));
        assertThat(Map.of("created", reloaded.getCreatedBy(), "updated", reloaded.getUpdatedBy()))
                .isEqualTo(Map.of("created", "alice", "updated", "bob"));

        Invoice anonymous = new Invoice();
        Tx.run(emf, em -> em.persist(anonymous));
        assertThat(Tx.<String>get(
                        emf, em -> em.find(Invoice.class, anonymous.getId()).getCreatedBy()))
                .isNull();
    }

    static String queryString(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static String tableCase(TestDatabase db, String table) {
        return db.db() == Db.H2 ? table.toUpperCase(Locale.ROOT) : table;
    }
}
