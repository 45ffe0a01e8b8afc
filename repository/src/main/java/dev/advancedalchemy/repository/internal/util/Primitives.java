package dev.advancedalchemy.repository.internal.util;

/** Maps primitive classes to their wrappers, for comparing attribute types with runtime values. */
public final class Primitives {
    private Primitives() {}

    /** The wrapper class of a primitive type, or the type itself. */
    public static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> type;
        };
    }
}
