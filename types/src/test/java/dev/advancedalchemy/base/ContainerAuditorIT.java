package dev.advancedalchemy.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.base.entities.Invoice;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;

/**
 * With a container's provider found by an AuditorProviderLocator (alchemy-extension's asks CDI), that provider is
 * asked, not the ServiceLoader one; a locator without a running container is skipped.
 */
class ContainerAuditorIT {

    @DatabaseTest(only = {Db.H2})
    void theContainersProviderFillsCreatedByOnBothProviders(TestDatabase db) {
        TestLocator.CONTAINER.set(() -> Optional.of("container-user"));
        try {
            for (Provider provider : Provider.values()) {
                EntityManagerFactory emf = provider.emf(db);
                Invoice invoice = new Invoice();
                Tx.run(emf, em -> em.persist(invoice)); // TestAuditor (ServiceLoader) would give null here
                assertThat(Tx.<String>get(
                                emf,
                                em -> em.find(Invoice.class, invoice.getId()).getCreatedBy()))
                        .as(provider.name())
                        .isEqualTo("container-user");
            }
        } finally {
            TestLocator.CONTAINER.remove();
        }
    }

    @DatabaseTest(only = {Db.H2})
    void withoutAContainerTheServiceLoadedProviderIsAsked(TestDatabase db) {
        TestAuditor.CURRENT.set("service-user");
        try {
            for (Provider provider : Provider.values()) {
                EntityManagerFactory emf = provider.emf(db);
                Invoice invoice = new Invoice();
                Tx.run(emf, em -> em.persist(invoice)); // NoContainerLocator throws, TestLocator finds nothing
                assertThat(Tx.<String>get(
                                emf,
                                em -> em.find(Invoice.class, invoice.getId()).getCreatedBy()))
                        .as(provider.name())
                        .isEqualTo("service-user");
            }
        } finally {
            TestAuditor.CURRENT.remove();
        }
    }
}
