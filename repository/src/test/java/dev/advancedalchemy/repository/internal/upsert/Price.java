package dev.advancedalchemy.repository.internal.upsert;

/** A money amount stored as whole cents through {@link PriceConverter}. */
public record Price(long cents) {}
