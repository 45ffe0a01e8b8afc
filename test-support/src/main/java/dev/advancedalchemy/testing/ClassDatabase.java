package dev.advancedalchemy.testing;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestDatabase} for a whole test class, for tests whose container deploys once per class (for example
 * Arquillian) and so cannot use the per-method {@link DatabaseTest} matrix.
 *
 * <p>{@code ClassDatabase.provision(classContext, Db.POSTGRES)} from a {@code beforeAll} callback gives the class
 * its own schema, exactly as {@link DatabaseTest} would, dropped when the class ends. Rules:
 *
 * <ul>
 *   <li>A database that cannot be reached fails the class, with what was tried and how to skip it.
 *   <li>A database left out of {@code -Dalchemy.test.databases} (or {@code ALCHEMY_TEST_DATABASES}) skips the class;
 *       that is the only way to skip one (see {@link DatabaseTest}).
 *   <li>Calling it again for the same class and database returns the same schema.
 * </ul>
 */
public final class ClassDatabase {
    private ClassDatabase() {}

    /**
     * Resolves {@code db} and creates (once) the schema of the test class of {@code classContext}.
     *
     * @param classContext the extension context of a test class
     * @param db the database to use
     * @return the class's database
     * @throws org.opentest4j.TestAbortedException if the run's {@code alchemy.test.databases} leaves {@code db} out
     * @throws IllegalStateException if {@code db} cannot be reached, or its schema cannot be created
     * @throws IllegalArgumentException if {@code alchemy.test.databases} names an unknown database
     */
    public static TestDatabase provision(ExtensionContext classContext, Db db) {
        DatabaseServer server = DatabaseMatrixExtension.requireAvailable(classContext, db);
        return DatabaseMatrixExtension.forClass(classContext, server);
    }
}
