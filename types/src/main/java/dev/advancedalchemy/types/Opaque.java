package dev.advancedalchemy.types;

/**
 * Marks a column value type, or an {@code AttributeConverter}, whose stored form cannot be meaningfully compared,
 * sorted or searched: encrypted strings, password hashes, file objects.
 *
 * <p>Filters and {@code OrderBy} reject attributes whose Java type implements this interface or whose
 * {@code @Convert} converter does, with an {@code InvalidFilterException} raised before any SQL runs.
 */
public interface Opaque {}
