package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.FileObjectList;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Finds and reads the {@link FileObject} / {@link FileObjectList} fields of entity classes. */
public final class EntityFiles {
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())
                            && (f.getType() == FileObject.class || f.getType() == FileObjectList.class)) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    /** A value no real file equals, put in a provider's snapshot of a row so it sees a file column as changed. */
    private static final FileObject CHANGED = FileObject.of("\u0000changed", "\u0000changed");

    private EntityFiles() {}

    /** The value to put in a provider's snapshot of a field of {@code type} to make the column look changed. */
    public static Object changedMarker(Class<?> type) {
        return type == FileObject.class ? CHANGED : FileObjectList.of(CHANGED);
    }

    /** The file fields of {@code type} (and its superclasses), possibly none. */
    public static List<Field> fields(Class<?> type) {
        return FIELDS.get(type);
    }

    /** Whether {@code entity} has file fields. */
    public static boolean hasFiles(Object entity) {
        return !fields(entity.getClass()).isEmpty();
    }

    /** Field name to value (a {@link FileObject}, a {@link FileObjectList} or {@code null}). */
    public static Map<String, @Nullable Object> values(Object entity) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (Field f : fields(entity.getClass())) {
            values.put(f.getName(), read(f, entity));
        }
        return values;
    }

    /** The file objects {@code value} holds. */
    public static List<FileObject> files(@Nullable Object value) {
        if (value instanceof FileObject f) {
            return List.of(f);
        }
        if (value instanceof FileObjectList list) {
            return List.copyOf(list);
        }
        return List.of();
    }

    static @Nullable Object read(Field f, Object entity) {
        try {
            return f.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    static void write(Field f, Object entity, @Nullable Object value) {
        try {
            f.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + f, e);
        }
    }
}
