package dev.advancedalchemy.examples.quarkus;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Runs the application on PostgreSQL, in a schema of its own (see {@link PostgresSchema}). */
public final class OnPostgres implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        // db-kind is fixed at build time, so it belongs to the profile, which Quarkus builds anew.
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresSchema.class));
    }
}
