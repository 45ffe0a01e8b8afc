package dev.advancedalchemy.service.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advancedalchemy.exceptions.ConversionException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns write input (a map, a DTO/record or a JSON tree) into a new entity (or input schema) or onto an existing one
 * with Jackson: only the keys present in the input are written, unknown keys are ignored, and errors name the field
 * but not the value.
 */
public final class ModelConverter<T> {
    private final ObjectMapper mapper;
    private final Class<T> entityType;

    public ModelConverter(ObjectMapper mapper, Class<T> entityType) {
        this.mapper = mapper;
        this.entityType = entityType;
    }

    /** A new entity with the input's attributes (nested objects become new related entities). */
    public T toNew(Object data) {
        ObjectNode tree = tree(data);
        try {
            T entity = mapper.readerFor(entityType)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(tree);
            InverseLinks.link(entity);
            return entity;
        } catch (IOException e) {
            throw conversionError(e);
        }
    }

    /** Writes the input's attributes onto {@code target}, except {@code ignoredKeys}; absent keys are left alone. */
    public T merge(Object data, T target, List<String> ignoredKeys) {
        ObjectNode tree = tree(data);
        tree.remove(ignoredKeys);
        try {
            T entity = mapper.readerForUpdating(target)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(tree);
            InverseLinks.link(entity);
            return entity;
        } catch (IOException e) {
            throw conversionError(e);
        }
    }

    private ObjectNode tree(Object data) {
        JsonNode tree;
        try {
            tree = data instanceof JsonNode node ? node.deepCopy() : mapper.valueToTree(data);
        } catch (IllegalArgumentException e) {
            throw new ConversionException("Input for " + entityType.getSimpleName() + " of type "
                    + data.getClass().getSimpleName() + " cannot be read as JSON");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new ConversionException(
                    "Input for " + entityType.getSimpleName() + " must be an object (a Map, a DTO or a record), got a "
                            + data.getClass().getSimpleName());
        }
        if (!(data instanceof Map) && !(data instanceof JsonNode)) {
            // A DTO cannot tell "absent" from "null": its null properties are absent, so PATCH DTOs work.
            stripNulls(object);
        }
        return object;
    }

    private static void stripNulls(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull()) {
                    it.remove();
                } else {
                    stripNulls(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(ModelConverter::stripNulls);
        }
    }

    private ConversionException conversionError(IOException e) {
        if (e.getCause() instanceof ConversionException own) {
            // A schema's constructor rejected the input with its own message (e.g. a required field is missing).
            return own;
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? ": expected " + article(mismatch.getTargetType().getSimpleName())
                    : ": the value was rejected";
            return new ConversionException(
                    "Input field '" + path + "' of " + entityType.getSimpleName() + " cannot be converted" + expected);
        }
        // Jackson's own message may quote the input, so it is not passed on.
        return new ConversionException("Input for " + entityType.getSimpleName() + " cannot be converted");
    }

    private static String article(String type) {
        return ("AEIOU".indexOf(type.isEmpty() ? 'x' : type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
