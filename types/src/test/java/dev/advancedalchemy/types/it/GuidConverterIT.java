package dev.advancedalchemy.types.it;

import static dev.advancedalchemy.types.it.JsonConverterIT.inTx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.types.UUIDs;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.persistence.exceptions.IntegrityException;

/**
 * GUID columns on H2, PostgreSQL and MariaDB with EclipseLink 5 and plain Hibernate 7, checked against what the
 * Python library's {@code GUID} type stores. Python rules (advanced_alchemy/types/guid.py): native {@code uuid} on
 * PostgreSQL; otherwise {@code BINARY(16)} holding {@code uuid.bytes} (the 16 bytes in the order the UUID is
 * written), or with {@code binary=False} {@code CHAR(32)} holding {@code uuid.hex} (lowercase, no dashes).
 */
class GuidConverterIT {
    /** The RFC 4122 example UUID; no byte pair is symmetric, so any byte-order mistake shows. */
    static final UUID RFC_EXAMPLE = UUID.fromString("a8098c1a-f86e-11da-bd1a-00112444be1e");

    /** Python: {@code UUID('a8098c1a-f86e-11da-bd1a-00112444be1e').bytes}. */
    static final byte[] PYTHON_BYTES = HexFormat.of().parseHex("a8098c1af86e11dabd1a00112444be1e");

    /** Python: {@code UUID('a8098c1a-f86e-11da-bd1a-00112444be1e').hex}. */
    static final String PYTHON_HEX = "a8098c1af86e11dabd1a00112444be1e";

    @DatabaseTest
    void guidRoundTripsAndMatchesPythonOnEclipseLink(TestDatabase db) throws Exception {
        guidRoundTripsAndMatchesPython(db, Units.ECLIPSELINK);
    }

    @DatabaseTest
    void guidRoundTripsAndMatchesPythonOnHibernate(TestDatabase db) throws Exception {
        guidRoundTripsAndMatchesPython(db, Units.HIBERNATE);
    }

    @DatabaseTest(only = {Db.H2, Db.MARIADB})
    void hexRoundTripsAndMatchesPythonOnEclipseLink(TestDatabase db) throws Exception {
        hexRoundTripsAndMatchesPython(db, Units.ECLIPSELINK);
    }

    @DatabaseTest(only = {Db.H2, Db.MARIADB})
    void hexRoundTripsAndMatchesPythonOnHibernate(TestDatabase db) throws Exception {
        hexRoundTripsAndMatchesPython(db, Units.HIBERNATE);
    }

    @DatabaseTest(only = Db.POSTGRES)
    void hexIsRefusedWherePythonStoresNativeUuidOnEclipseLink(TestDatabase db) throws Exception {
        hexIsRefusedWherePythonStoresNativeUuid(db, Units.ECLIPSELINK);
    }

    @DatabaseTest(only = Db.POSTGRES)
    void hexIsRefusedWherePythonStoresNativeUuidOnHibernate(TestDatabase db) throws Exception {
        hexIsRefusedWherePythonStoresNativeUuid(db, Units.HIBERNATE);
    }

    private static void guidRoundTripsAndMatchesPython(TestDatabase db, Units unit) throws Exception {
        EntityManagerFactory emf = unit.create(db, GuidRow.class);
        try {
            UUID v7 = UUIDs.v7();
            inTx(emf, em -> {
                em.persist(row(1L, RFC_EXAMPLE));
                em.persist(row(2L, null));
                em.persist(row(3L, v7));
            });
            assertThat(Columns.declaredType(db, "guid_row", "ref"))
                    .isEqualTo(
                            switch (db.db()) {
                                case POSTGRES, H2 -> "uuid";
                                case MARIADB -> "binary(16)";
                            });
            assertThat(find(emf, GuidRow.class, 1L).ref).isEqualTo(RFC_EXAMPLE);
            assertThat(find(emf, GuidRow.class, 2L).ref).isNull();
            assertThat(find(emf, GuidRow.class, 3L).ref).isEqualTo(v7);

            // what Python reads: uuid.bytes on MariaDB, a native uuid elsewhere
            try (Connection c = db.connection();
                    var st = c.createStatement();
                    ResultSet rs = st.executeQuery("select ref from guid_row where id = 1")) {
                rs.next();
                if (db.db() == Db.MARIADB) {
                    assertThat(rs.getBytes(1)).isEqualTo(PYTHON_BYTES);
                } else {
                    assertThat(rs.getObject(1, UUID.class)).isEqualTo(RFC_EXAMPLE);
                }
            }

            // what Python writes is read back
            try (Connection c = db.connection();
                    PreparedStatement ps = c.prepareStatement("insert into guid_row (id, ref) values (4, ?)")) {
                if (db.db() == Db.MARIADB) {
                    ps.setBytes(1, PYTHON_BYTES);
                } else {
                    ps.setObject(1, RFC_EXAMPLE);
                }
                ps.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            assertThat(find(emf, GuidRow.class, 4L).ref).isEqualTo(RFC_EXAMPLE);

            // JPQL comparisons bind the parameter in the stored form
            EntityManager em = emf.createEntityManager();
            try {
                assertThat(em.createQuery("select r.id from GuidRow r where r.ref = :ref order by r.id", Long.class)
                                .setParameter("ref", RFC_EXAMPLE)
                                .getResultList())
                        .containsExactly(1L, 4L);
            } finally {
                em.close();
            }

            inTx(emf, tx -> tx.find(GuidRow.class, 3L).ref = RFC_EXAMPLE);
            assertThat(find(emf, GuidRow.class, 3L).ref).isEqualTo(RFC_EXAMPLE);
        } finally {
            emf.close();
        }
    }

    private static void hexRoundTripsAndMatchesPython(TestDatabase db, Units unit) throws Exception {
        EntityManagerFactory emf = unit.create(db, GuidHexRow.class);
        try {
            inTx(emf, em -> {
                em.persist(hexRow(1L, RFC_EXAMPLE));
                em.persist(hexRow(2L, null));
            });
            assertThat(Columns.declaredType(db, "guid_hex_row", "ref")).isIn("char(32)", "character(32)");
            try (Connection c = db.connection();
                    var st = c.createStatement();
                    ResultSet rs = st.executeQuery("select ref from guid_hex_row where id = 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(PYTHON_HEX);
            }
            try (Connection c = db.connection();
                    PreparedStatement ps = c.prepareStatement("insert into guid_hex_row (id, ref) values (3, ?)")) {
                ps.setString(1, PYTHON_HEX);
                ps.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            assertThat(find(emf, GuidHexRow.class, 1L).ref).isEqualTo(RFC_EXAMPLE);
            assertThat(find(emf, GuidHexRow.class, 2L).ref).isNull();
            assertThat(find(emf, GuidHexRow.class, 3L).ref).isEqualTo(RFC_EXAMPLE);
            EntityManager em = emf.createEntityManager();
            try {
                assertThat(em.createQuery("select r.id from GuidHexRow r where r.ref = :ref order by r.id", Long.class)
                                .setParameter("ref", RFC_EXAMPLE)
                                .getResultList())
                        .containsExactly(1L, 3L);
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
    }

    private static void hexIsRefusedWherePythonStoresNativeUuid(TestDatabase db, Units unit) throws Exception {
        assertThatThrownBy(() -> {
                    EntityManagerFactory emf = unit.create(db, GuidHexRow.class);
                    try {
                        emf.createEntityManager().close(); // EclipseLink deploys on first use
                    } finally {
                        emf.close();
                    }
                })
                .satisfies(e -> assertThat(rootDefinitionError(e))
                        .as("a RepositoryDefinitionException in the cause chain")
                        .isNotNull()
                        .satisfies(d -> assertThat(d.getMessage())
                                .contains("GuidHexRow.ref")
                                .contains("GuidConverter")
                                .contains("UUID")))
                .satisfies(e -> assertThat(messages(e))
                        .as("the message a user sees names the attribute")
                        .contains("GuidHexRow.ref"));
        // deployment stopped before any DDL ran
        try (Connection c = db.connection();
                var st = c.createStatement();
                ResultSet rs = st.executeQuery("select to_regclass('guid_hex_row')")) {
            rs.next();
            assertThat(rs.getString(1)).isNull();
        }
    }

    /** The messages of {@code thrown} and its causes, as a log shows them. */
    static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /**
     * The deployment error in {@code thrown}'s cause chain; EclipseLink collects errors raised while initializing
     * descriptors in an {@code IntegrityException} (its message lists them) instead of chaining them.
     */
    static RepositoryDefinitionException rootDefinitionError(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RepositoryDefinitionException definition) {
                return definition;
            }
            if (t instanceof IntegrityException integrity) {
                for (Object caught : integrity.getIntegrityChecker().getCaughtExceptions()) {
                    if (caught instanceof RepositoryDefinitionException definition) {
                        return definition;
                    }
                }
            }
        }
        return null;
    }

    private static GuidRow row(long id, UUID ref) {
        GuidRow row = new GuidRow();
        row.id = id;
        row.ref = ref;
        return row;
    }

    private static GuidHexRow hexRow(long id, UUID ref) {
        GuidHexRow row = new GuidHexRow();
        row.id = id;
        row.ref = ref;
        return row;
    }

    static <T> T find(EntityManagerFactory emf, Class<T> type, long id) {
        emf.getCache().evictAll(); // read from the database, not EclipseLink's shared cache
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(type, id);
        } finally {
            em.close();
        }
    }
}
