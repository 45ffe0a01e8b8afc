package dev.advancedalchemy.repository.internal.upsert;

/** {@link UpsertConcurrencyIT} with Hibernate 7 as the JPA provider. */
class HibernateUpsertConcurrencyIT extends UpsertConcurrencyIT {
    @Override
    UpsertUnit.Provider provider() {
        return UpsertUnit.Provider.HIBERNATE;
    }
}
