package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RepositoryTypesTest {
    static class Thing {}

    interface Direct extends SyncRepository<Thing, UUID> {}

    interface Base<T> extends SyncRepository<T, Long> {}

    interface ThroughBase extends Base<Thing> {}

    @SuppressWarnings("rawtypes")
    interface Raw extends SyncRepository {}

    interface Unbound<T, ID> extends SyncRepository<T, ID> {}

    interface NotARepository {}

    @Test
    void readsTheBindingsDirectlyAndThroughIntermediateInterfaces() {
        assertThat(RepositoryTypes.of(Direct.class)).isEqualTo(new RepositoryTypes(Thing.class, UUID.class));
        assertThat(RepositoryTypes.of(ThroughBase.class)).isEqualTo(new RepositoryTypes(Thing.class, Long.class));
    }

    @Test
    void rawUnboundAndForeignInterfacesAreDefinitionErrors() {
        assertThatThrownBy(() -> RepositoryTypes.of(Raw.class))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessageContaining("concrete classes");
        assertThatThrownBy(() -> RepositoryTypes.of(Unbound.class)).isInstanceOf(RepositoryDefinitionException.class);
        assertThatThrownBy(() -> RepositoryTypes.of(NotARepository.class))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessageContaining("does not extend SyncRepository");
    }
}
