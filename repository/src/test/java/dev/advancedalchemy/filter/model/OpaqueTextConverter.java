package dev.advancedalchemy.filter.model;

import dev.advancedalchemy.types.Opaque;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stands in for an encrypting converter: its stored form must never be searched or sorted. */
@Converter
public class OpaqueTextConverter implements Opaque, AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : new StringBuilder(attribute).reverse().toString();
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new StringBuilder(dbData).reverse().toString();
    }
}
