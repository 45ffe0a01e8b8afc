/**
 * Test support shared by every module: the database matrix ({@link dev.advancedalchemy.testing.DatabaseTest})
 * and the spec vectors shipped in this jar ({@link dev.advancedalchemy.testing.Vectors}).
 *
 * <pre>{@code
 * class UserRepositoryIT {
 *     @DatabaseTest
 *     void roundTrips(TestDatabase db) {
 *         EntityManagerFactory emf = db.shared("emf",
 *                 () -> Persistence.createEntityManagerFactory("test", db.jpaProperties()));
 *         ...
 *     }
 * }
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.testing;

import org.jspecify.annotations.NullMarked;
