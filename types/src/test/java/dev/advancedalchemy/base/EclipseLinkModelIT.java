package dev.advancedalchemy.base;

/** The model layer on EclipseLink 5 with {@code AlchemyMetadataSource}. */
class EclipseLinkModelIT extends ModelLayerContract {
    @Override
    Provider provider() {
        return Provider.ECLIPSELINK;
    }
}
