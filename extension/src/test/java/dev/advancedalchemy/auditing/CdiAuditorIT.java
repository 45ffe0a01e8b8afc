package dev.advancedalchemy.auditing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.base.AuditorProvider;
import dev.advancedalchemy.base.spi.AuditorProviderLocator;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.cdi.SeContainer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.ServiceLoader;

/** The extension hands the AuditorProvider bean of a running CDI container to the audit columns of alchemy-types. */
class CdiAuditorIT {
    @ApplicationScoped
    public static class CdiAuditor implements AuditorProvider {
        @Override
        public Optional<String> currentAuditor() {
            return Optional.of("cdi-user");
        }
    }

    /** Some bean other than an AuditorProvider (Weld SE without discovery needs at least one). */
    @ApplicationScoped
    public static class Bystander {}

    private static AuditorProviderLocator serviceLoadedLocator() {
        return ServiceLoader.load(AuditorProviderLocator.class).findFirst().orElseThrow();
    }

    @DatabaseTest(only = Db.H2)
    void findsTheBeanWhileTheContainerRuns(TestDatabase db) {
        AuditorProviderLocator locator = serviceLoadedLocator();
        try (SeContainer app = SeContainer.start(SeContainer.unitOn(db), CdiAuditor.class)) {
            assertThat(locator.find().flatMap(AuditorProvider::currentAuditor)).contains("cdi-user");
        }
        assertThatThrownBy(locator::find)
                .as("without a container the lookup stops asking CDI")
                .isInstanceOf(IllegalStateException.class);
    }

    @DatabaseTest(only = Db.H2)
    void findsNothingWhenNoBeanIsDeclared(TestDatabase db) {
        try (SeContainer app = SeContainer.start(SeContainer.unitOn(db), Bystander.class)) {
            assertThat(serviceLoadedLocator().find()).isEmpty();
        }
    }
}
