package dev.advancedalchemy.it.eclipselink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped converter named by {@code @Convert(converter = X.class)} alone — no subclass, no {@code <class>} entry
 * — with {@code <exclude-unlisted-classes>} true and false, and also listed, on the EclipseLink of this run (5 in the
 * default failsafe execution, 4.0.7 in {@code eclipselink-4}): a write, the stored column over JDBC, and a read.
 */
class ConverterMatrixIT {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void configure() {
        System.setProperty("alchemy.encryption.key", Shipped.KEY);
        StorageRegistry.setDefault(StorageRegistry.create().register(StorageBackends.memory(Shipped.BACKEND)));
    }

    @Test
    void runsOnTheEclipseLinkOfThisExecution() {
        String expected = System.getProperty("alchemy.test.eclipselink.version");
        assertThat(expected).as("set by the failsafe execution").isNotBlank();
        assertThat(org.eclipse.persistence.Version.getVersion()).startsWith(expected);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Shipped converter : Shipped.values()) {
            for (boolean listed : new boolean[] {false, true}) {
                for (boolean excludeUnlisted : new boolean[] {true, false}) {
                    cases.add(Arguments.of(converter, listed, excludeUnlisted));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} listed={1} exclude-unlisted-classes={2}")
    @MethodSource("cases")
    void roundTripsOnH2(Shipped converter, boolean listed, boolean excludeUnlisted) throws Exception {
        String url = "jdbc:h2:mem:matrix" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Map<String, String> props = new HashMap<>(Unit.documentedProperties());
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", "sa");
        props.put("jakarta.persistence.jdbc.password", "");
        roundTrip(converter, listed, excludeUnlisted, props, () -> DriverManager.getConnection(url, "sa", ""));
    }

    /** GUID hex refuses PostgreSQL by design (it has a native uuid type: use GuidConverter). */
    @DatabaseTest(only = Db.POSTGRES)
    void roundTripsOnPostgresql(TestDatabase db) {
        Map<Shipped, Throwable> failures = new java.util.EnumMap<>(Shipped.class);
        for (Shipped converter : EnumSet.complementOf(EnumSet.of(Shipped.GUID_HEX))) {
            Map<String, String> props = new HashMap<>(Unit.documentedProperties());
            props.putAll(db.jpaProperties());
            try {
                roundTrip(converter, false, true, props, db::connection);
            } catch (Throwable e) {
                failures.put(converter, e);
            }
        }
        failures.forEach((converter, e) -> e.printStackTrace());
        assertThat(failures.keySet()).as("converters that failed on PostgreSQL").isEmpty();
    }

    private static void roundTrip(
            Shipped converter, boolean listed, boolean excludeUnlisted, Map<String, String> props, Jdbc jdbc)
            throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        if (excludeUnlisted) {
            classes.add(converter.entity); // with unlisted classes included, the entity is found in the unit's root
        }
        if (listed) {
            classes.add(converter.converter);
        }
        Unit unit = new Unit(
                "matrix-" + converter.name().toLowerCase(java.util.Locale.ROOT),
                classes,
                excludeUnlisted,
                converter.entity,
                props);
        EntityManagerFactory emf = unit.create();
        try {
            Object written = converter.sample.get();
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                Rows.Row row = converter.entity.getDeclaredConstructor().newInstance();
                row.id(1);
                row.set(written);
                em.persist(row);
                em.getTransaction().commit();
            } finally {
                em.close();
            }

            try (Connection c = jdbc.open();
                    PreparedStatement ps = c.prepareStatement("select v from " + converter.table() + " where id = 1");
                    ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the row was written").isTrue();
                converter.stored.check(rs, written);
            }

            em = emf.createEntityManager();
            try {
                Rows.Row read = em.find(converter.entity, 1L);
                assertThat(read.value()).isNotNull();
                assertThat(converter.read.matches(read.value(), written))
                        .as("read %s, wrote %s", read.value(), written)
                        .isTrue();
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
    }

    @FunctionalInterface
    interface Jdbc {
        Connection open() throws Exception;
    }
}
