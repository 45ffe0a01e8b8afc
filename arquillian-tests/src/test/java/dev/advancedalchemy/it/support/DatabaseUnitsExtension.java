package dev.advancedalchemy.it.support;

import dev.advancedalchemy.testing.ClassDatabase;
import dev.advancedalchemy.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs an Arquillian scenario class on the database of its {@link OnDatabase}: creates the class's schema and sets
 * the {@code alchemy.units.<unit>.*} overrides as system properties (which MicroProfile Config reads above
 * {@code microprofile-config.properties}) before the deployment, restores them after it, and resolves
 * {@link TestDatabase} parameters. Register it before {@code ArquillianExtension}, which deploys in its own
 * {@code beforeAll}.
 */
public final class DatabaseUnitsExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS =
            ExtensionContext.Namespace.create(DatabaseUnitsExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        OnDatabase on = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OnDatabase.class)
                .orElseThrow(() -> new IllegalStateException(
                        context.getRequiredTestClass().getName() + " needs @OnDatabase to say which database"));
        TestDatabase db = ClassDatabase.provision(context, on.value());
        Map<String, String> properties = new HashMap<>();
        for (String unit : on.units()) {
            properties.putAll(Units.pointing(unit, db));
        }
        Map<String, String> previous = new HashMap<>();
        properties.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        context.getStore(NS).put(TestDatabase.class, db);
        context.getStore(NS).put(Map.class, previous);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Map<String, String> previous = context.getStore(NS).get(Map.class, Map.class);
        if (previous == null) {
            return;
        }
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).get(TestDatabase.class, TestDatabase.class);
    }
}
