package dev.advancedalchemy.base;

/** Unique.getOrCreate on EclipseLink 5. */
class EclipseLinkUniqueIT extends UniqueContract {
    @Override
    Provider provider() {
        return Provider.ECLIPSELINK;
    }
}
