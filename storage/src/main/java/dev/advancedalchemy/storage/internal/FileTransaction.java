package dev.advancedalchemy.storage.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one transaction did to stored files: what it wrote (deleted again on rollback) and what it stopped
 * referencing (deleted after commit).
 */
public final class FileTransaction {
    private final Set<FileRef> written = new LinkedHashSet<>();
    private final Map<FileRef, FileRef> backups = new LinkedHashMap<>();
    private final Set<FileRef> dropped = new LinkedHashSet<>();
    private boolean completed;

    synchronized void written(FileRef ref) {
        written.add(ref);
        dropped.remove(ref);
    }

    /** Whether committed content at {@code ref} was already backed up in this transaction. */
    synchronized boolean hasBackup(FileRef ref) {
        return backups.containsKey(ref);
    }

    /** Records that the committed content of {@code ref} was copied to {@code backup} before an overwrite. */
    synchronized void backedUp(FileRef ref, FileRef backup) {
        backups.put(ref, backup);
    }

    /** Committed content copied aside before being overwritten: original to copy. */
    synchronized Map<FileRef, FileRef> backups() {
        return Map.copyOf(backups);
    }

    synchronized void dropped(FileRef ref) {
        dropped.add(ref);
    }

    synchronized void referenced(FileRef ref) {
        dropped.remove(ref);
    }

    /** Files to delete after a commit. */
    synchronized Set<FileRef> toDeleteAfterCommit() {
        return Set.copyOf(dropped);
    }

    /** Files to delete after a rollback: written here, unless they overwrote committed content (restored). */
    synchronized Set<FileRef> toDeleteAfterRollback() {
        Set<FileRef> result = new LinkedHashSet<>(written);
        result.removeAll(backups.keySet());
        return result;
    }

    /** Marks completion; returns false if it already completed (completion is reported once). */
    synchronized boolean complete() {
        if (completed) {
            return false;
        }
        completed = true;
        return true;
    }
}
