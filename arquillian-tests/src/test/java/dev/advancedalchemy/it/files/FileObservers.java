package dev.advancedalchemy.it.files;

import dev.advancedalchemy.storage.FileDeleted;
import dev.advancedalchemy.storage.FileEvent;
import dev.advancedalchemy.storage.FileSaved;
import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the CDI file events with what the observer could see when each arrived. */
@ApplicationScoped
public class FileObservers {
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile long watched;

    @Inject
    TransactionHooks hooks;

    @Inject
    PostService service;

    /** What arrived, in order (cleared by the caller). */
    public List<String> seen() {
        return seen;
    }

    /** The post whose committed cover a {@code FileDeleted} observer reads. */
    public void watch(long id) {
        watched = id;
    }

    void saved(@Observes FileSaved saved) {
        seen.add("saved " + saved.path() + (hooks.isActive() ? " inside the transaction" : " outside"));
    }

    void deleted(@Observes FileDeleted deleted) {
        seen.add("deleted " + deleted.path() + ", committed cover " + service.committedCover(watched));
    }

    void any(@Observes FileEvent event) {
        if (event.kind() == FileEvent.Kind.ROLLED_BACK) {
            seen.add("rolled back " + event.path());
        }
    }
}
