package dev.advancedalchemy.storage;

/**
 * Receives {@link FileEvent}s; must not throw (exceptions are logged and ignored).
 *
 * <p>Register one with {@code FileLifecycle.addListener}, or for every registry with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.advancedalchemy.storage.FileEventListener}). {@code alchemy-extension} registers
 * one that fires the events as CDI events ({@link FileSaved}, {@link FileDeleted} and the {@link FileEvent}
 * itself) when a CDI container is running.
 */
@FunctionalInterface
public interface FileEventListener {
    /** Called once per event, on the thread that flushes ({@code WRITTEN}) or ends the transaction (others). */
    void onEvent(FileEvent event);
}
