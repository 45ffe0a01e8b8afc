package dev.advancedalchemy.files.internal;

import dev.advancedalchemy.storage.FileDeleted;
import dev.advancedalchemy.storage.FileEvent;
import dev.advancedalchemy.storage.FileEventListener;
import dev.advancedalchemy.storage.FileSaved;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Fires every {@link FileEvent} of the file lifecycle as a CDI event, and {@code WRITTEN} / {@code DELETED} also as
 * the typed {@link FileSaved} / {@link FileDeleted}; does nothing when no CDI container is running.
 */
public final class CdiFileEvents implements FileEventListener {
    @Override
    public void onEvent(FileEvent event) {
        Event<Object> events;
        try {
            events = CDI.current().getBeanManager().getEvent();
        } catch (IllegalStateException | LinkageError e) {
            return; // no CDI container: the lifecycle's own listeners still get the event
        }
        events.select(FileEvent.class).fire(event);
        switch (event.kind()) {
            case WRITTEN -> events.select(FileSaved.class).fire(new FileSaved(event.backend(), event.path()));
            case DELETED -> events.select(FileDeleted.class).fire(new FileDeleted(event.backend(), event.path()));
            default -> {
                // ROLLED_BACK and ORPHANED are observable as FileEvent
            }
        }
    }
}
