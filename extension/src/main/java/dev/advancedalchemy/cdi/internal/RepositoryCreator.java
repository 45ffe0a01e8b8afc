package dev.advancedalchemy.cdi.internal;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

/** Creates the synthetic bean of one repository interface by asking the runtime for its (validated) proxy. */
public final class RepositoryCreator implements SyntheticBeanCreator<Object> {
    static final String TYPE = "type";

    @Override
    public Object create(Instance<Object> lookup, Parameters params) {
        Class<?> type = params.get(TYPE, Class.class);
        return lookup.select(AlchemyRuntime.class).get().repository(type);
    }
}
