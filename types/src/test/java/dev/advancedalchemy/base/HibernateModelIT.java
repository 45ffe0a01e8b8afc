package dev.advancedalchemy.base;

/** The model layer on Hibernate ORM 7 with {@code SnakeCasePhysicalNamingStrategy} and the UUID type contributor. */
class HibernateModelIT extends ModelLayerContract {
    @Override
    Provider provider() {
        return Provider.HIBERNATE;
    }
}
