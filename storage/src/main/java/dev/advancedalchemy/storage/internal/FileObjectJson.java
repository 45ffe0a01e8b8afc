package dev.advancedalchemy.storage.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of file objects, key for key what Python Advanced Alchemy's {@code FileObject.to_dict()} stores:
 * {@code filename, content_type, size, last_modified (POSIX seconds), checksum, etag, version_id, metadata,
 * backend}, nulls written out.
 */
public final class FileObjectJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private FileObjectJson() {}

    public static String write(FileObject file) {
        return text(node(file));
    }

    public static String writeList(FileObjectList files) {
        ArrayNode array = MAPPER.createArrayNode();
        files.forEach(f -> array.add(node(f)));
        return text(array);
    }

    public static FileObject read(String json) {
        JsonNode node = parse(json);
        if (!node.isObject()) {
            throw new ConversionException("a FileObject column must hold a JSON object, found " + node.getNodeType());
        }
        return fromNode(node);
    }

    public static FileObjectList readList(String json) {
        JsonNode node = parse(json);
        FileObjectList list = new FileObjectList();
        if (node.isObject()) {
            list.add(fromNode(node)); // Python tolerates a single object in a multiple column
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (!n.isNull()) {
                    list.add(fromNode(n));
                }
            });
        } else if (!node.isNull()) {
            throw new ConversionException(
                    "a FileObjectList column must hold a JSON array, found " + node.getNodeType());
        }
        return list;
    }

    private static ObjectNode node(FileObject f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("filename", f.path());
        n.put("content_type", f.contentType());
        n.put("size", f.size().orElse(null));
        n.put("last_modified", f.lastModified().map(FileObjectJson::seconds).orElse(null));
        n.put("checksum", f.checksum().orElse(null));
        n.put("etag", f.etag().orElse(null));
        n.put("version_id", f.versionId().orElse(null));
        n.set("metadata", MAPPER.valueToTree(f.metadata()));
        n.put("backend", f.backend());
        return n;
    }

    private static FileObject fromNode(JsonNode n) {
        String backend = text(n, "backend");
        String filename = text(n, "filename");
        if (backend == null || filename == null) {
            throw new ConversionException(
                    "a stored FileObject needs \"backend\" and \"filename\"; found keys " + fieldNames(n));
        }
        FileObject f = FileObject.of(backend, filename);
        String contentType = text(n, "content_type");
        if (contentType != null) {
            f.contentType(contentType);
        }
        JsonNode size = n.get("size");
        JsonNode modified = n.get("last_modified");
        f.restore(
                size == null || size.isNull() ? null : size.asLong(),
                modified == null || modified.isNull() ? null : instant(modified.decimalValue()),
                text(n, "checksum"),
                text(n, "etag"),
                text(n, "version_id"));
        JsonNode metadata = n.get("metadata");
        if (metadata != null && metadata.isObject()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = MAPPER.convertValue(metadata, LinkedHashMap.class);
            f.metadata(map);
        }
        return f;
    }

    static BigDecimal seconds(Instant t) {
        return BigDecimal.valueOf(t.getEpochSecond())
                .add(BigDecimal.valueOf(t.getNano(), 9))
                .stripTrailingZeros();
    }

    static Instant instant(BigDecimal seconds) {
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String fieldNames(JsonNode n) {
        StringBuilder sb = new StringBuilder("[");
        n.fieldNames()
                .forEachRemaining(name -> sb.append(sb.length() > 1 ? ", " : "").append(name));
        return sb.append(']').toString();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // the message would quote the column text; say only where it broke
            throw new ConversionException("a file object column holds invalid JSON (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new ConversionException("file object metadata cannot be written as JSON: " + e.getOriginalMessage());
        }
    }
}
