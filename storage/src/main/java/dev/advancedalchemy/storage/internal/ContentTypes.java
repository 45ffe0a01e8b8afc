package dev.advancedalchemy.storage.internal;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** Guesses a MIME type from a file name, as Python's {@code mimetypes.guess_type} does for common types. */
public final class ContentTypes {
    /** Types the JDK's table lacks or gets differently from Python's. */
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("md", "text/markdown"),
            Map.entry("txt", "text/plain"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("html", "text/html"),
            Map.entry("zip", "application/zip"),
            Map.entry("xml", "application/xml"));

    /** The default when nothing is known about a name. */
    public static final String OCTET_STREAM = "application/octet-stream";

    private ContentTypes() {}

    /** The MIME type for {@code name}'s extension, or {@value #OCTET_STREAM}. */
    public static String guess(String name) {
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && dot > name.lastIndexOf('/')) {
            String known = EXTRA.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        String jdk = URLConnection.getFileNameMap().getContentTypeFor(name);
        return jdk != null ? jdk : OCTET_STREAM;
    }
}
