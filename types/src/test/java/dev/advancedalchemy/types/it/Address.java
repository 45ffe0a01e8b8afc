package dev.advancedalchemy.types.it;

/** Element type of a JSON array column. */
public record Address(String street, String city) {}
