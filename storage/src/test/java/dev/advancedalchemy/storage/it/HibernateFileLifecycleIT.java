package dev.advancedalchemy.storage.it;

/** The file lifecycle suite on Hibernate. */
class HibernateFileLifecycleIT extends FileLifecycleContract {
    @Override
    Provider provider() {
        return Provider.HIBERNATE;
    }
}
