package dev.advancedalchemy.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.base.entities.Invoice;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** With a CDI container running, the AuditorProvider bean is asked, not the ServiceLoader one. */
class CdiAuditorIT {
    @ApplicationScoped
    public static class CdiAuditor implements AuditorProvider {
        @Override
        public Optional<String> currentAuditor() {
            return Optional.of("cdi-user");
        }
    }

    @DatabaseTest(only = {Db.H2})
    void theCdiBeanFillsCreatedByOnBothProviders(TestDatabase db) {
        try (WeldContainer container =
                new Weld().disableDiscovery().addBeanClass(CdiAuditor.class).initialize()) {
            assertThat(container.isRunning()).isTrue();
            for (Provider provider : Provider.values()) {
                EntityManagerFactory emf = provider.emf(db);
                Invoice invoice = new Invoice();
                Tx.run(emf, em -> em.persist(invoice)); // TestAuditor (ServiceLoader) would give null here
                assertThat(Tx.<String>get(
                                emf,
                                em -> em.find(Invoice.class, invoice.getId()).getCreatedBy()))
                        .as(provider.name())
                        .isEqualTo("cdi-user");
            }
        }
    }
}
