package dev.advancedalchemy.examples.payara;

import dev.advancedalchemy.testing.payara.PayaraMicroServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The example WAR on one Payara Micro for all IT classes of a run: started by the first class that asks for a
 * {@link Deployed} parameter ({@code @BeforeAll static void connect(PayaraExample.Deployed example)}), stopped when
 * the run ends. Book covers go to a fresh directory under {@code target/}, and covers over 4096 bytes are refused.
 */
final class PayaraExample implements ParameterResolver {
    /** The limit the IT configures for covers, in bytes. */
    static final int MAX_COVER_BYTES = 4096;

    /** The running example: HTTP against it and the root directory of its {@code covers} storage. */
    record Deployed(PayaraMicroServer server, Http http, Path coversRoot) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Deployed.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // the root store lives for the whole run and closes AutoCloseable values at its end
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(PayaraExample.class))
                .getOrComputeIfAbsent(Deployed.class, k -> deploy(), Deployed.class);
    }

    private static Deployed deploy() {
        try {
            Path war = Path.of(System.getProperty("example.war", "target/examples-payara.war"))
                    .toAbsolutePath();
            Path covers = Files.createTempDirectory(war.getParent(), "covers-");
            PayaraMicroServer server = PayaraMicroServer.start(
                    war,
                    "example",
                    "/authors",
                    Map.of(
                            "alchemy.storage.covers.root",
                            covers.toString(),
                            "example.covers.max-bytes",
                            Integer.toString(MAX_COVER_BYTES)));
            return new Deployed(server, new Http(server.base()), covers);
        } catch (Exception e) {
            throw new IllegalStateException("could not deploy the example on Payara Micro: " + e.getMessage(), e);
        }
    }
}
