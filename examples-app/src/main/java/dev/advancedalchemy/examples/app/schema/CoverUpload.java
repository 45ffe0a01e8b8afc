package dev.advancedalchemy.examples.app.schema;

import dev.advancedalchemy.exceptions.ConversionException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The request line of {@code PUT /books/{id}/cover} (the body is the image itself): the name the cover is shown
 * with and its media type.
 *
 * @param filename the {@code ?filename=} query parameter: 1 to 100 characters of ASCII letters, digits, {@code .},
 *     {@code _}, {@code -} and spaces, not starting with a dot; absent means {@code cover.<ext>} with the extension
 *     of {@code contentType} ({@code bin} when unknown)
 * @param contentType the request's {@code Content-Type} without parameters; absent means
 *     {@code application/octet-stream}
 * @throws ConversionException if the file name breaks these rules
 */
public record CoverUpload(String filename, String contentType) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_ -][A-Za-z0-9._ -]*");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", "png",
            "image/jpeg", "jpg",
            "image/gif", "gif",
            "image/webp", "webp",
            "image/avif", "avif",
            "image/svg+xml", "svg",
            "image/bmp", "bmp",
            "image/tiff", "tiff",
            "application/pdf", "pdf");

    /** Checks the name and fills in the defaults. */
    public CoverUpload {
        contentType = contentType == null || contentType.isBlank()
                ? "application/octet-stream"
                : contentType.trim().toLowerCase(Locale.ROOT);
        filename = filename == null ? "cover." + EXTENSIONS.getOrDefault(contentType, "bin") : checked(filename);
    }

    /** The upload described by a request's query parameter and {@code Content-Type}, either possibly absent. */
    public static CoverUpload of(@Nullable String filename, @Nullable String contentType) {
        return new CoverUpload(filename, contentType);
    }

    /**
     * A new storage key for this upload of book {@code bookId}: {@code books/<id>/cover-<uuid>.<ext>}, so a
     * replacement never overwrites the committed cover (which is deleted after the commit instead).
     */
    public String storageKey(UUID bookId) {
        return "books/" + bookId + "/cover-" + UUID.randomUUID() + "." + extension();
    }

    /** The file name's extension when it has a plain one, else the content type's. */
    private String extension() {
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot + 1);
        return EXTENSION.matcher(ext).matches()
                ? ext.toLowerCase(Locale.ROOT)
                : EXTENSIONS.getOrDefault(contentType, "bin");
    }

    private static String checked(String filename) {
        String name = Inputs.required(filename, "CoverUpload", "filename", 100);
        if (!NAME.matcher(name).matches()) {
            throw new ConversionException(
                    "Input field 'filename' of CoverUpload may hold only ASCII letters, digits, '.',"
                            + " '_', '-' and spaces, and must not start with '.'");
        }
        return name;
    }
}
