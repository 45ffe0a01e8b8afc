package dev.advancedalchemy.examples.app.model;

import dev.advancedalchemy.storage.FileObject;

/**
 * The facts about a book's stored cover that the API shows, read from its {@link FileObject}.
 *
 * @param filename the name the cover was uploaded as (the file's metadata {@value #FILENAME}), else the last
 *     segment of its storage key
 * @param contentType the media type it was uploaded with
 * @param size its size in bytes, {@code -1} while not yet stored
 * @param checksum the SHA-256 of its bytes (64 lower-case hex digits), empty while not yet stored
 */
public record Cover(String filename, String contentType, long size, String checksum) {
    /** The metadata key that keeps the name the cover was uploaded as. */
    public static final String FILENAME = "filename";

    /** The facts of {@code file}. */
    public static Cover of(FileObject file) {
        String path = file.path();
        String name = file.metadata().get(FILENAME) instanceof String given
                ? given
                : path.substring(path.lastIndexOf('/') + 1);
        return new Cover(
                name,
                file.contentType(),
                file.size().orElse(-1L),
                file.checksum().orElse(""));
    }
}
