package dev.advancedalchemy.rest.internal;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads one query parameter and converts its text to a typed value; every error names the parameter and the expected
 * form but never echoes the value (query strings end up in logs and problem bodies).
 */
public final class QueryValues {
    private static final Set<Class<?>> SIMPLE_TYPES = Set.of(
            String.class,
            UUID.class,
            Integer.class,
            Long.class,
            Short.class,
            BigDecimal.class,
            Boolean.class,
            LocalDate.class,
            LocalDateTime.class,
            Instant.class,
            OffsetDateTime.class);

    private final Map<String, ? extends List<String>> query;

    public QueryValues(Map<String, ? extends List<String>> query) {
        this.query = query;
    }

    /** Whether {@link #convert} can produce values of {@code type}. */
    public static boolean supports(Class<?> type) {
        return SIMPLE_TYPES.contains(type) || type.isEnum();
    }

    /** The parameter's only value, or {@code null} when absent or empty. */
    public @Nullable String single(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidFilterException(
                    "Query parameter '" + name + "' may be given only once, got " + values.size() + " values");
        }
        String value = values.get(0);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The parameter's values converted to {@code type}; empty when absent. Repeat the key for several values. */
    public List<Object> all(String name, Class<?> type) {
        List<String> values = query.get(name);
        if (values == null) {
            return List.of();
        }
        List<Object> converted = new ArrayList<>(values.size());
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                converted.add(convert(name, value.trim(), type));
            }
        }
        return converted;
    }

    /** A whole number of at least 1, or {@code fallback} when absent. */
    public int positiveInt(String name, int fallback) {
        String text = single(name);
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidFilterException("Query parameter '" + name + "' must be a whole number of at least 1");
        }
        if (value < 1) {
            throw new InvalidFilterException("Query parameter '" + name + "' must be at least 1, got " + value);
        }
        return value;
    }

    /** {@code true}/{@code false} (also {@code 1}/{@code 0}), or {@code fallback} when absent. */
    public boolean bool(String name, boolean fallback) {
        String text = single(name);
        return text == null ? fallback : (Boolean) convert(name, text, Boolean.class);
    }

    /** A point in time (see {@link #convert}), or {@code null} when absent. */
    public @Nullable Instant instant(String name) {
        String text = single(name);
        return text == null ? null : (Instant) convert(name, text, Instant.class);
    }

    /**
     * Converts {@code text} to {@code type}. Date-times are ISO-8601; without an offset they are read as UTC, and a
     * bare date means its start in UTC. Enums match their constant name, ignoring case.
     *
     * @throws InvalidFilterException naming {@code name} and the expected form when the text does not fit
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object convert(String name, String text, Class<?> type) {
        try {
            if (type == String.class) {
                return text;
            } else if (type == UUID.class) {
                return UUID.fromString(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == Short.class) {
                return Short.valueOf(text);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(text);
            } else if (type == Boolean.class) {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("not a boolean");
                };
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (type == LocalDateTime.class) {
                return parseInstant(text).atOffset(ZoneOffset.UTC).toLocalDateTime();
            } else if (type == Instant.class) {
                return parseInstant(text);
            } else if (type == OffsetDateTime.class) {
                return parseInstant(text).atOffset(ZoneOffset.UTC);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum) constant).name().equalsIgnoreCase(text)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("no such constant");
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new InvalidFilterException(
                    "Query parameter '" + name + "' must be " + expected(type), (Throwable) null);
        }
        throw new IllegalArgumentException("unsupported query value type " + type.getName());
    }

    private static Instant parseInstant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        // An unencoded '+' of an offset arrives as a space; a space between date and time stands for 'T'.
        String iso = text.indexOf('T') > 0 ? text.replace(' ', '+') : text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException e) {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class) {
            return "true or false";
        } else if (type == UUID.class) {
            return "a UUID such as 0190f4a5-5b7e-7c3a-9d41-2f6f3b8a1c2d";
        } else if (type == Integer.class || type == Long.class || type == Short.class) {
            return "a whole number";
        } else if (type == BigDecimal.class) {
            return "a number";
        } else if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2024-01-31";
        } else if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + names;
        }
        return "an ISO-8601 date-time such as 2024-01-31T12:00:00Z";
    }
}
