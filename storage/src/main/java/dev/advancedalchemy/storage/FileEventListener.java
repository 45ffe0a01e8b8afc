package dev.advancedalchemy.storage;

/** Receives {@link FileEvent}s; must not throw (exceptions are logged and ignored). */
@FunctionalInterface
public interface FileEventListener {
    /** Called once per event, on the thread that ends the transaction. */
    void onEvent(FileEvent event);
}
