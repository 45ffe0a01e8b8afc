package dev.advancedalchemy.repository.internal.upsert;

/** Every case of {@link UpsertEngineIT} with Hibernate 7 as the JPA provider. */
class HibernateUpsertEngineIT extends UpsertEngineIT {
    @Override
    UpsertUnit.Provider provider() {
        return UpsertUnit.Provider.HIBERNATE;
    }
}
