package dev.advancedalchemy.types.it;

import static dev.advancedalchemy.types.it.JsonConverterIT.inTx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * UTC date-times on H2, PostgreSQL and MariaDB with EclipseLink 5 and plain Hibernate 7, run with a JVM default time
 * zone of America/New_York so any conversion through the default zone would show.
 */
class UtcDateTimeIT {

    /** 02:30 UTC on the day New York skips 02:00-03:00: a wall-clock time that does not exist in the JVM zone. */
    static final Instant IN_DST_GAP = Instant.parse("2024-03-10T02:30:00.123456789Z");

    /** 01:30 on the night New York repeats 01:00-02:00, written at +05:30. */
    static final OffsetDateTime AT_OTHER_OFFSET = OffsetDateTime.parse("2024-11-03T07:00:00.987654321+05:30");

    @DatabaseTest
    void roundTripsInUtcOnEclipseLink(TestDatabase db) throws Exception {
        inNewYork(() -> roundTripsInUtc(db, Units.ECLIPSELINK));
    }

    @DatabaseTest
    void roundTripsInUtcOnHibernate(TestDatabase db) throws Exception {
        inNewYork(() -> roundTripsInUtc(db, Units.HIBERNATE));
    }

    @DatabaseTest
    void readsRowsWrittenInUtcByOthersOnEclipseLink(TestDatabase db) throws Exception {
        inNewYork(() -> readsRowsWrittenInUtcByOthers(db, Units.ECLIPSELINK));
    }

    @DatabaseTest
    void readsRowsWrittenInUtcByOthersOnHibernate(TestDatabase db) throws Exception {
        inNewYork(() -> readsRowsWrittenInUtcByOthers(db, Units.HIBERNATE));
    }

    @DatabaseTest
    void columnsHaveMicrosecondsOnEclipseLink(TestDatabase db) throws Exception {
        columnsHaveMicroseconds(db, Units.ECLIPSELINK);
    }

    @DatabaseTest
    void columnsHaveMicrosecondsOnHibernate(TestDatabase db) throws Exception {
        columnsHaveMicroseconds(db, Units.HIBERNATE);
    }

    /**
     * MariaDB Connector/J 3.5 decodes DATETIME through the JVM zone in getString/getTimestamp, the only calls
     * EclipseLink makes, so a UTC wall-clock time inside the JVM zone's spring-forward gap cannot be read back there
     * (documented in the README); everything else uses the gap value.
     */
    static Instant written(TestDatabase db, Units unit) {
        return db.db() == Db.MARIADB && unit == Units.ECLIPSELINK
                ? Instant.parse("2024-03-10T07:30:00.123456789Z")
                : IN_DST_GAP;
    }

    private static void roundTripsInUtc(TestDatabase db, Units unit) throws Exception {
        EntityManagerFactory emf = unit.create(db, UtcEvent.class);
        Instant written = written(db, unit);
        Instant expected = written.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try {
            inTx(emf, em -> {
                UtcEvent e = new UtcEvent();
                e.id = 1L;
                e.happenedAt = written;
                e.startsAt = AT_OTHER_OFFSET;
                em.persist(e);
                UtcEvent empty = new UtcEvent();
                empty.id = 2L;
                em.persist(empty);
            });
            UtcEvent read = find(emf, 1L);
            assertThat(read.happenedAt).isEqualTo(expected);
            assertThat(read.startsAt).isEqualTo(OffsetDateTime.parse("2024-11-03T01:30:00.987654Z"));
            assertThat(read.startsAt.getOffset()).isEqualTo(ZoneOffset.UTC);
            UtcEvent empty = find(emf, 2L);
            assertThat(empty.happenedAt).isNull();
            assertThat(empty.startsAt).isNull();

            // what another client (or the Python library) sees: the UTC wall clock, not New York's
            try (Connection c = db.connection();
                    var st = c.createStatement();
                    ResultSet rs = st.executeQuery("select happened_at, starts_at from utc_event where id = 1")) {
                rs.next();
                if (db.db() == Db.MARIADB) {
                    assertThat(rs.getObject(1, LocalDateTime.class))
                            .isEqualTo(LocalDateTime.ofInstant(expected, ZoneOffset.UTC));
                    assertThat(rs.getObject(2, LocalDateTime.class))
                            .isEqualTo(LocalDateTime.parse("2024-11-03T01:30:00.987654"));
                } else {
                    assertThat(rs.getObject(1, OffsetDateTime.class).toInstant())
                            .isEqualTo(expected);
                    assertThat(rs.getObject(2, OffsetDateTime.class).toInstant())
                            .isEqualTo(Instant.parse("2024-11-03T01:30:00.987654Z"));
                }
            }

            // JPQL comparisons bind the parameter through the converter too (what BeforeAfter filters rely on)
            EntityManager em = emf.createEntityManager();
            try {
                assertThat(em.createQuery("select e.id from UtcEvent e where e.happenedAt > :t", Long.class)
                                .setParameter("t", expected.minusNanos(1000))
                                .getResultList())
                        .containsExactly(1L);
                assertThat(em.createQuery("select e.id from UtcEvent e where e.startsAt < :t", Long.class)
                                .setParameter("t", OffsetDateTime.parse("2024-11-03T02:30:00.987654+01:00"))
                                .getResultList())
                        .as("an offset-ful parameter is compared as the same instant")
                        .isEmpty();
                assertThat(em.createQuery("select e.id from UtcEvent e where e.startsAt <= :t", Long.class)
                                .setParameter("t", OffsetDateTime.parse("2024-11-03T02:30:00.987654+01:00"))
                                .getResultList())
                        .containsExactly(1L);
            } finally {
                em.close();
            }

            // a second write of the value read back does not shift it again
            inTx(emf, tx -> {
                UtcEvent e = tx.find(UtcEvent.class, 1L);
                e.startsAt = e.startsAt.plusSeconds(1);
            });
            assertThat(find(emf, 1L).startsAt).isEqualTo(OffsetDateTime.parse("2024-11-03T01:30:01.987654Z"));
        } finally {
            emf.close();
        }
    }

    private static void readsRowsWrittenInUtcByOthers(TestDatabase db, Units unit) throws Exception {
        EntityManagerFactory emf = unit.create(db, UtcEvent.class);
        try {
            Instant stored = written(db, unit)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .plusNanos(1000);
            String wallClock =
                    LocalDateTime.ofInstant(stored, ZoneOffset.UTC).toString().replace('T', ' ');
            String literal = switch (db.db()) {
                case MARIADB -> "'" + wallClock + "'";
                case POSTGRES -> "'" + wallClock + "+00'";
                case H2 -> "TIMESTAMP WITH TIME ZONE '" + wallClock + "+00:00'";
            };
            try (Connection c = db.connection();
                    PreparedStatement ps =
                            c.prepareStatement("insert into utc_event (id, happened_at, starts_at) values (5, "
                                    + literal + ", " + literal + ")")) {
                ps.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            UtcEvent read = find(emf, 5L);
            assertThat(read.happenedAt).isEqualTo(stored);
            assertThat(read.startsAt).isEqualTo(stored.atOffset(ZoneOffset.UTC));
        } finally {
            emf.close();
        }
    }

    private static void columnsHaveMicroseconds(TestDatabase db, Units unit) throws Exception {
        unit.create(db, UtcEvent.class).close();
        for (String column : new String[] {"happened_at", "starts_at"}) {
            Columns c = Columns.of(db, "utc_event", column);
            switch (db.db()) {
                case POSTGRES -> assertThat(c.typeName()).isEqualTo("timestamptz");
                case H2 -> assertThat(c.typeName()).isEqualTo("timestamp with time zone");
                case MARIADB -> assertThat(c.typeName()).isEqualTo("datetime");
            }
            assertThat(Columns.fractionalDigits(db, "utc_event", column))
                    .as(column + " fractional digits")
                    .isEqualTo(6);
        }
    }

    static UtcEvent find(EntityManagerFactory emf, long id) {
        emf.getCache().evictAll(); // read from the database, not EclipseLink's shared cache of the persisted object
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(UtcEvent.class, id);
        } finally {
            em.close();
        }
    }

    interface Body {
        void run() throws Exception;
    }

    static void inNewYork(Body body) throws Exception {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            body.run();
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
