package dev.advancedalchemy.storage.it;

/** The fault-injection run on Hibernate. */
class HibernateFaultInjectionIT extends FaultInjectionContract {
    @Override
    Provider provider() {
        return Provider.HIBERNATE;
    }
}
