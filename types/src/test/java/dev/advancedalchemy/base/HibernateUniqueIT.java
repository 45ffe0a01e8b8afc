package dev.advancedalchemy.base;

/** Unique.getOrCreate on Hibernate ORM 7. */
class HibernateUniqueIT extends UniqueContract {
    @Override
    Provider provider() {
        return Provider.HIBERNATE;
    }
}
