package dev.advancedalchemy.service.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.repository.internal.util.Primitives;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Converts an entity to a response schema by reading, from the entity, only the properties the schema declares
 * (Python's {@code from_attributes}): lazy associations the schema leaves out are never loaded, and the back-references
 * of bidirectional relationships cannot loop.
 */
public final class SchemaProjector {
    /** Deeper nesting means a schema that refers back to itself. */
    private static final int MAX_DEPTH = 32;

    private final ObjectMapper mapper;
    // Introspection and accessor lookup are per type, not per value: a page of 20 items must not redo them 20 times.
    private final Map<JavaType, List<BeanPropertyDefinition>> schemaProperties = new ConcurrentHashMap<>();
    private final Map<AccessorKey, Optional<Accessor>> accessors = new ConcurrentHashMap<>();
    private final Map<Class<?>, Optional<RecordShape>> recordShapes = new ConcurrentHashMap<>();
    private final Map<DirectKey, Optional<Direct>> directs = new ConcurrentHashMap<>();

    public SchemaProjector(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The mapper this projector was built with. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** {@code source} as an instance of {@code schema}. */
    public <S> S project(Object source, Class<S> schema) {
        if (schema.isInstance(source)) {
            return schema.cast(source);
        }
        Optional<Direct> direct = directs.computeIfAbsent(new DirectKey(source.getClass(), schema), this::direct);
        if (direct.isPresent()) {
            Object[] args = direct.get().read(source);
            if (args != null) {
                try {
                    return schema.cast(direct.get().shape().construct(args));
                } catch (IllegalArgumentException e) {
                    throw notConvertible(source, schema);
                }
            }
        }
        Object plain = plain(source, mapper.constructType(schema), 0);
        try {
            Optional<RecordShape> shape = recordShapes.computeIfAbsent(schema, RecordShape::of);
            if (shape.isPresent()
                    && plain instanceof Map<?, ?> values
                    && shape.get().fits(values)) {
                return schema.cast(shape.get().construct(values));
            }
            return mapper.convertValue(plain, schema);
        } catch (IllegalArgumentException e) {
            throw notConvertible(source, schema);
        }
    }

    private static ConversionException notConvertible(Object source, Class<?> schema) {
        return new ConversionException("A " + source.getClass().getSimpleName() + " cannot be converted to "
                + schema.getSimpleName() + "; check that the schema's property types match the entity's");
    }

    /**
     * The direct way from a source class to a record schema, when there is one: every property the schema declares
     * is a record component of a plain value type (a {@code java.*} class, enum, primitive) that the source can
     * read. Then the values read from the entity are the constructor's arguments as they are, exactly what the
     * property map of {@link #plain} would hold, without building that map.
     */
    private Optional<Direct> direct(DirectKey key) {
        Optional<RecordShape> shape = recordShapes.computeIfAbsent(key.schema(), RecordShape::of);
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        List<BeanPropertyDefinition> definitions = definitions(mapper.constructType(key.schema()));
        List<String> names = shape.get().names();
        if (definitions.size() != names.size()) {
            return Optional.empty();
        }
        Accessor[] readers = new Accessor[names.size()];
        for (BeanPropertyDefinition property : definitions) {
            int index = names.indexOf(property.getName());
            JavaType type = property.getPrimaryType();
            if (index < 0
                    || readers[index] != null
                    || type.isContainerType()
                    || type.isReferenceType()
                    || !isValue(type.getRawClass())) {
                return Optional.empty();
            }
            Optional<Accessor> accessor = accessors.computeIfAbsent(
                    new AccessorKey(key.source(), property.getInternalName(), property.getName()),
                    SchemaProjector::findAccessor);
            if (accessor.isEmpty()) {
                return Optional.empty();
            }
            readers[index] = accessor.get();
        }
        return Optional.of(new Direct(shape.get(), readers, key.source()));
    }

    private record DirectKey(Class<?> source, Class<?> schema) {}

    private record Direct(RecordShape shape, Accessor[] readers, Class<?> source) {
        /** The constructor's arguments, or {@code null} when a value is null or of another type (Jackson decides). */
        Object @Nullable [] read(Object entity) {
            Object[] args = new Object[readers.length];
            for (int i = 0; i < args.length; i++) {
                Object value;
                try {
                    value = readers[i].read(entity);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new ConversionException(
                            "Reading " + source.getSimpleName() + "."
                                    + shape.names().get(i) + " failed",
                            e instanceof InvocationTargetException ite ? ite.getCause() : e);
                }
                if (value == null || !Primitives.box(shape.types().get(i)).isInstance(value)) {
                    return null;
                }
                args[i] = value;
            }
            return args;
        }
    }

    /**
     * A record schema whose components are plain classes (no type arguments): when every value read from the entity
     * already has its component's type, the canonical constructor is called directly instead of a Jackson round trip.
     */
    private record RecordShape(List<String> names, List<Class<?>> types, Constructor<?> constructor) {
        static Optional<RecordShape> of(Class<?> schema) {
            RecordComponent[] components = schema.getRecordComponents();
            if (components == null) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            List<Class<?>> types = new ArrayList<>();
            for (RecordComponent component : components) {
                if (!(component.getGenericType() instanceof Class<?> type) || component.getAnnotations().length > 0) {
                    return Optional.empty(); // generic or Jackson-annotated components need Jackson
                }
                names.add(component.getName());
                types.add(type);
            }
            try {
                Constructor<?> constructor = schema.getDeclaredConstructor(types.toArray(Class<?>[]::new));
                return constructor.trySetAccessible()
                        ? Optional.of(new RecordShape(List.copyOf(names), List.copyOf(types), constructor))
                        : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }

        boolean fits(Map<?, ?> values) {
            if (values.size() != names.size()) {
                return false;
            }
            for (int i = 0; i < names.size(); i++) {
                Object value = values.get(names.get(i));
                Class<?> type = types.get(i);
                boolean fits = value == null
                        ? !type.isPrimitive() && values.containsKey(names.get(i))
                        : Primitives.box(type).isInstance(value);
                if (!fits) {
                    return false;
                }
            }
            return true;
        }

        Object construct(Map<?, ?> values) {
            Object[] args = new Object[names.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = values.get(names.get(i));
            }
            return construct(args);
        }

        Object construct(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof ConversionException conversion) {
                    throw conversion;
                }
                throw new IllegalArgumentException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    private @Nullable Object plain(@Nullable Object value, JavaType type, int depth) {
        if (value == null) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            throw new ConversionException("Schema " + type.getRawClass().getSimpleName() + " nests more than "
                    + MAX_DEPTH + " levels deep; a schema that contains itself needs a shallower type");
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            List<Object> items = new ArrayList<>();
            for (Object item : iterable(value)) {
                items.add(plain(item, type.getContentType(), depth + 1));
            }
            return items;
        }
        if (type.isMapLikeType() && value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v, type.getContentType(), depth + 1)));
            return copy;
        }
        if (isValue(type.getRawClass()) || value instanceof JsonNode) {
            return value;
        }
        List<BeanPropertyDefinition> definitions = definitions(type);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : definitions) {
            Optional<Object> read = read(value, property.getInternalName(), property.getName());
            if (read.isPresent()) {
                properties.put(property.getName(), plain(read.get(), property.getPrimaryType(), depth + 1));
            }
        }
        return properties;
    }

    private List<BeanPropertyDefinition> definitions(JavaType type) {
        return schemaProperties.computeIfAbsent(
                type,
                t -> List.copyOf(mapper.getDeserializationConfig().introspect(t).findProperties()));
    }

    private static Iterable<?> iterable(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        } else if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        return List.of(value);
    }

    private static boolean isValue(Class<?> type) {
        String name = type.getName();
        return type.isPrimitive()
                || type.isEnum()
                || type.isArray()
                || type == Object.class
                || name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jakarta.");
    }

    /** The source's value of a property: getter, record-style accessor, then field; empty when it has none. */
    private Optional<Object> read(Object source, String internalName, String name) {
        Optional<Accessor> accessor = accessors.computeIfAbsent(
                new AccessorKey(source.getClass(), internalName, name), SchemaProjector::findAccessor);
        if (accessor.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(accessor.get().read(source));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ConversionException(
                    "Reading " + source.getClass().getSimpleName() + "." + name + " failed",
                    e instanceof InvocationTargetException ite ? ite.getCause() : e);
        }
    }

    private static Optional<Accessor> findAccessor(AccessorKey key) {
        String name = key.name();
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String methodName : List.of("get" + capitalised, "is" + capitalised, name, key.internalName())) {
            Method method = method(key.type(), methodName);
            if (method != null) {
                return Optional.of(method::invoke);
            }
        }
        for (Class<?> c = key.type(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (String fieldName : List.of(name, key.internalName())) {
                try {
                    Field field = c.getDeclaredField(fieldName);
                    if (field.trySetAccessible()) {
                        return Optional.of(field::get);
                    }
                } catch (NoSuchFieldException e) {
                    // try the next name or superclass
                }
            }
        }
        return Optional.empty();
    }

    private static @Nullable Method method(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return method.getReturnType() != void.class && method.trySetAccessible() ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Reads one property of a source object. */
    @FunctionalInterface
    private interface Accessor {
        @Nullable
        Object read(Object source) throws IllegalAccessException, InvocationTargetException;
    }

    private record AccessorKey(Class<?> type, String internalName, String name) {}
}
