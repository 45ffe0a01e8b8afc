package dev.advancedalchemy.storage.it;

/** The file lifecycle suite on EclipseLink. */
class EclipseLinkFileLifecycleIT extends FileLifecycleContract {
    @Override
    Provider provider() {
        return Provider.ECLIPSELINK;
    }
}
