package dev.advancedalchemy.storage.it;

/** The fault-injection run on EclipseLink. */
class EclipseLinkFaultInjectionIT extends FaultInjectionContract {
    @Override
    Provider provider() {
        return Provider.ECLIPSELINK;
    }
}
