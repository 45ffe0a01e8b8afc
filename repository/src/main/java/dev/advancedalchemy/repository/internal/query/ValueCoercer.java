package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Converts filter values to the attribute's Java type, so that JSON forms (ISO date strings, numbers, enum names)
 * work; values are never echoed in errors, only their types.
 */
final class ValueCoercer {
    private ValueCoercer() {}

    static Object coerce(Object value, FieldRef field, String entity) {
        Class<?> target = field.javaType();
        if (target.isInstance(value)) {
            return value;
        }
        try {
            Object converted = value instanceof String s
                    ? fromString(s.trim(), target)
                    : value instanceof Number n ? fromNumber(n, target) : fromTemporal(value, target);
            if (converted != null) {
                return converted;
            }
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            throw new InvalidFilterException(
                    "A value for " + entity + "." + field.path() + " is not a valid " + target.getSimpleName()
                            + expected(target),
                    null);
        }
        throw new InvalidFilterException(
                "A value for " + entity + "." + field.path() + " must be a " + target.getSimpleName() + expected(target)
                        + ", got a " + value.getClass().getSimpleName());
    }

    private static String expected(Class<?> target) {
        if (target == Instant.class || target == OffsetDateTime.class || target == ZonedDateTime.class) {
            return " (ISO-8601 text such as 2000-01-01T00:00:00Z)";
        } else if (target == LocalDateTime.class) {
            return " (ISO-8601 text such as 2000-01-01T00:00:00)";
        } else if (target == LocalDate.class) {
            return " (ISO-8601 text such as 2000-01-01)";
        } else if (target.isEnum()) {
            return " (one of its constant names)";
        }
        return "";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object fromString(String s, Class<?> target) {
        if (target == Instant.class) {
            return offsetDateTime(s).toInstant();
        } else if (target == OffsetDateTime.class) {
            return offsetDateTime(s);
        } else if (target == ZonedDateTime.class) {
            return offsetDateTime(s).toZonedDateTime();
        } else if (target == LocalDateTime.class) {
            return hasOffset(s)
                    ? offsetDateTime(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : LocalDateTime.parse(s);
        } else if (target == LocalDate.class) {
            return s.length() > 10 ? LocalDate.parse(s.substring(0, 10)) : LocalDate.parse(s);
        } else if (target == LocalTime.class) {
            return LocalTime.parse(s);
        } else if (target == UUID.class) {
            return s.length() == 32
                    ? UUID.fromString(s.replaceFirst(
                            "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
                            "$1-$2-$3-$4-$5"))
                    : UUID.fromString(s);
        } else if (target == Boolean.class) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a boolean");
            };
        } else if (target.isEnum()) {
            for (Object c : target.getEnumConstants()) {
                if (((Enum) c).name().equals(s)) {
                    return c;
                }
            }
            for (Object c : target.getEnumConstants()) {
                if (((Enum) c).name().equalsIgnoreCase(s)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no such constant");
        } else if (Number.class.isAssignableFrom(target)) {
            return fromNumber(new BigDecimal(s), target);
        } else if (target == Character.class && s.length() == 1) {
            return s.charAt(0);
        }
        return null;
    }

    private static boolean hasOffset(String s) {
        return s.endsWith("Z") || s.endsWith("z") || s.matches(".*T.*[+-]\\d\\d(:?\\d\\d)?$");
    }

    private static OffsetDateTime offsetDateTime(String s) {
        if (hasOffset(s)) {
            return OffsetDateTime.parse(s.replace(' ', 'T'));
        }
        // A date or date-time without offset is read as UTC, the timezone every audit column is stored in.
        return s.length() == 10
                ? LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC)
                : LocalDateTime.parse(s.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Object fromNumber(Number n, Class<?> target) {
        BigDecimal d = n instanceof BigDecimal b
                ? b
                : n instanceof BigInteger i
                        ? new BigDecimal(i)
                        : n instanceof Double || n instanceof Float
                                ? BigDecimal.valueOf(n.doubleValue())
                                : BigDecimal.valueOf(n.longValue());
        if (target == Long.class) {
            return d.longValueExact();
        } else if (target == Integer.class) {
            return d.intValueExact();
        } else if (target == Short.class) {
            return d.shortValueExact();
        } else if (target == Byte.class) {
            return d.byteValueExact();
        } else if (target == BigInteger.class) {
            return d.toBigIntegerExact();
        } else if (target == BigDecimal.class) {
            return d;
        } else if (target == Double.class) {
            return d.doubleValue();
        } else if (target == Float.class) {
            return d.floatValue();
        }
        return null;
    }

    private static @Nullable Object fromTemporal(Object value, Class<?> target) {
        if (!(value instanceof TemporalAccessor)) {
            return null;
        }
        Instant instant = value instanceof Instant i
                ? i
                : value instanceof OffsetDateTime o
                        ? o.toInstant()
                        : value instanceof ZonedDateTime z ? z.toInstant() : null;
        if (instant == null) {
            return null;
        }
        if (target == OffsetDateTime.class) {
            return instant.atOffset(ZoneOffset.UTC);
        } else if (target == Instant.class) {
            return instant;
        } else if (target == LocalDateTime.class) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        } else if (target == ZonedDateTime.class) {
            return instant.atZone(ZoneOffset.UTC);
        }
        return null;
    }
}
