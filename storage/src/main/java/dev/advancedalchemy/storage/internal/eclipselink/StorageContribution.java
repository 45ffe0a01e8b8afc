package dev.advancedalchemy.storage.internal.eclipselink;

import dev.advancedalchemy.storage.FileObjectConverter;
import dev.advancedalchemy.storage.FileObjectListConverter;
import dev.advancedalchemy.types.spi.eclipselink.EclipseLinkContribution;
import java.util.List;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEventListener;

/**
 * What alchemy-storage adds to every EclipseLink unit configured with
 * {@code dev.advancedalchemy.eclipselink.AlchemyMetadataSource}: the {@code FileObject} converters, and the
 * {@link EclipseLinkFileHook} session listener of the file lifecycle (unless the unit already installed one through
 * {@code eclipselink.session-event-listener}).
 */
public final class StorageContribution implements EclipseLinkContribution {
    /** For {@link java.util.ServiceLoader}. */
    public StorageContribution() {}

    @Override
    public List<String> converterClassNames() {
        return List.of(FileObjectConverter.class.getName(), FileObjectListConverter.class.getName());
    }

    @Override
    public void customize(Session session) {
        for (SessionEventListener listener : session.getEventManager().getListeners()) {
            if (listener instanceof EclipseLinkFileHook) {
                return;
            }
        }
        session.getEventManager().addListener(new EclipseLinkFileHook());
    }
}
