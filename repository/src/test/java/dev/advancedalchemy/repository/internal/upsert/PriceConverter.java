package dev.advancedalchemy.repository.internal.upsert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Price} as its cents, so tests can see the database form of a converted column. */
@Converter
public class PriceConverter implements AttributeConverter<Price, Long> {
    @Override
    public Long convertToDatabaseColumn(Price price) {
        return price == null ? null : price.cents();
    }

    @Override
    public Price convertToEntityAttribute(Long cents) {
        return cents == null ? null : new Price(cents);
    }
}
