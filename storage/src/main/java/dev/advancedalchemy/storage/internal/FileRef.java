package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.storage.FileObject;

/** Identifies a stored file: backend key and path. */
record FileRef(String backend, String path) {
    static FileRef of(FileObject f) {
        return new FileRef(f.backend(), f.path());
    }
}
