package dev.advancedalchemy.examples.app.schema;

/**
 * A book's cover inside {@link BookView}: {@code {"filename": "dune.png", "contentType": "image/png", "size": 48213,
 * "checksum": "9f86d08…"}}; the bytes are at {@code GET /books/{id}/cover}.
 *
 * @param filename the name it was uploaded as ({@code ?filename=}, else {@code cover.<ext>})
 * @param contentType the {@code Content-Type} it was uploaded with
 * @param size bytes stored
 * @param checksum SHA-256 of the stored bytes, 64 lower-case hex digits
 */
public record CoverView(String filename, String contentType, long size, String checksum) {}
