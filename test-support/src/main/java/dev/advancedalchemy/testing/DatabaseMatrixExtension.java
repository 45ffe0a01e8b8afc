package dev.advancedalchemy.testing;

import java.util.Arrays;
import java.util.List;
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

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static DatabaseServer server(ExtensionContext context, Db db) {
        return context.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent("server:" + db, k -> announce(DatabaseServer.resolve(db)), DatabaseServer.class);
    }

    private static DatabaseServer announce(DatabaseServer server) {
        if (server.unavailableReason() != null) {
            System.err.printf(
                    "[database matrix] %s unavailable%s: %s%n",
                    server.db().label(),
                    ci() ? " (CI=true: its tests FAIL)" : ", its tests are skipped",
                    server.unavailableReason());
        }
        return server;
    }

    /** One database's invocation: skips or fails when the server is unavailable, resolves the parameter. */
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

    /** Skips the current test (or class) when {@code db} is unavailable, or fails it when {@code CI=true}. */
    static DatabaseServer requireAvailable(ExtensionContext context, Db db) {
        DatabaseServer server = server(context, db);
        String reason = server.unavailableReason();
        if (reason == null) {
            return server;
        }
        if (ci()) {
            throw new IllegalStateException(db.label() + " is required when CI=true but is unavailable: " + reason);
        }
        throw new TestAbortedException(db.label() + " skipped: " + reason);
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
