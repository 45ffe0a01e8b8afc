package dev.advancedalchemy.testing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/** Expands a {@link DatabaseTest} method into one invocation per database and supplies its {@link TestDatabase}. */
final class DatabaseMatrixExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NS =
            ExtensionContext.Namespace.create(DatabaseMatrixExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DatabaseTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Db[] dbs = context.getRequiredTestMethod()
                .getAnnotation(DatabaseTest.class)
                .only();
        return Arrays.stream(dbs).distinct().map(Invocation::new);
    }

    private static DatabaseServer server(ExtensionContext context, Db db) {
        return context.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent("server:" + db, k -> announce(DatabaseServer.resolve(db)), DatabaseServer.class);
    }

    private static DatabaseServer announce(DatabaseServer server) {
        if (server.unavailableReason() != null) {
            System.err.printf(
                    "[database matrix] %s cannot be reached, its tests FAIL: %s%n",
                    DatabaseSelection.name(server.db()), server.unavailableReason());
        }
        return server;
    }

    /** This run's selection, parsed (and its skips announced on standard output) once per run. */
    private static DatabaseSelection selection(ExtensionContext context) {
        return context.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent(
                        "selection", k -> announce(DatabaseSelection.fromEnvironment()), DatabaseSelection.class);
    }

    private static DatabaseSelection announce(DatabaseSelection selection) {
        String line = selection.announcement();
        if (line != null) {
            System.out.println(line);
        }
        return selection;
    }

    /** One database's invocation: skipped on request or failed when unreachable (see {@link #require}). */
    private record Invocation(Db db) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + db.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Guard(db), new Resolver(db));
        }
    }

    private record Guard(Db db) implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            requireAvailable(context, db);
        }
    }

    /**
     * The server of {@code db} for the current test (or class), which is skipped when the run's selection leaves
     * {@code db} out and fails when {@code db} cannot be reached.
     */
    static DatabaseServer requireAvailable(ExtensionContext context, Db db) {
        return require(db, selection(context), d -> server(context, d));
    }

    /**
     * The policy: a database left out of {@code selection} is skipped (and never started); a selected one that
     * {@code servers} cannot reach fails, with what was tried and how to skip it on purpose.
     *
     * @throws TestAbortedException if {@code selection} leaves {@code db} out
     * @throws IllegalStateException if {@code db} is selected but unavailable
     */
    static DatabaseServer require(Db db, DatabaseSelection selection, Function<Db, DatabaseServer> servers) {
        if (!selection.includes(db)) {
            throw new TestAbortedException(
                    DatabaseSelection.name(db) + " skipped on request (" + selection.setting() + ")");
        }
        DatabaseServer server = servers.apply(db);
        String reason = server.unavailableReason();
        if (reason == null) {
            return server;
        }
        throw new IllegalStateException(DatabaseSelection.name(db) + " cannot be reached, so this test fails. Tried: "
                + reason + ". " + remedy(db) + "; " + selection.howToSkip(db) + ".");
    }

    private static String remedy(Db db) {
        return switch (db) {
            case H2 -> "H2 runs in memory and should always start";
            case POSTGRES ->
                "Point " + DatabaseServer.POSTGRES_ENV + " at a reachable server, or unset it to use the embedded one";
            case MARIADB ->
                "Point " + DatabaseServer.MARIADB_ENV + " at a reachable server, or unset it to use the embedded one";
        };
    }

    private record Resolver(Db db) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return parameterContext.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
            ExtensionContext classContext =
                    context.getParent().orElseThrow().getParent().orElseThrow();
            return forClass(classContext, server(context, db));
        }
    }

    /** The schema of the test class of {@code classContext} on {@code server}, created on first use. */
    static TestDatabase forClass(ExtensionContext classContext, DatabaseServer server) {
        Db db = server.db();
        ExtensionContext.Store store = classContext.getStore(NS);
        SchemaLifecycle.Schema schema = store.getOrComputeIfAbsent(
                "schema:" + db,
                k -> SchemaLifecycle.create(server, classContext.getRequiredTestClass()),
                SchemaLifecycle.Schema.class);
        return new TestDatabase(db, schema.name(), schema.url(), store);
    }
}
