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
 *   <li>PostgreSQL comes from {@code ALCHEMY_TEST_POSTGRES_URL}; without it an embedded PostgreSQL is started.
 *   <li>MariaDB comes from {@code ALCHEMY_TEST_MARIADB_URL}; without it Testcontainers is used when a Docker
 *       engine is present.
 *   <li>A database that cannot be reached is skipped with the reason printed — unless the environment variable
 *       {@code CI} is {@code true}, in which case the test fails.
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
