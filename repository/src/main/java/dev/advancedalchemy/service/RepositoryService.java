package dev.advancedalchemy.service;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.GetAndUpdateResult;
import dev.advancedalchemy.repository.GetOrUpsertResult;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.SyncRepository;
import dev.advancedalchemy.service.internal.ModelConverter;
import dev.advancedalchemy.service.internal.SchemaProjector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A service over a {@link SyncRepository}: reads delegate to it, writes accept an entity, a {@code Map<String, ?>}
 * or any DTO/record, and results convert to response schemas. The Java counterpart of Python's
 * {@code SQLAlchemySyncRepositoryService}.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class AuthorService extends RepositoryService<Author, UUID> {
 *     @Inject
 *     AuthorService(AuthorRepository repository) {
 *         super(repository);
 *     }
 *
 *     AuthorService() { // for the CDI client proxy
 *         super();
 *     }
 *
 *     @Override
 *     protected Object toModelOnCreate(Object data) { // runs on the raw input
 *         return data;
 *     }
 * }
 *
 * Author created = authors.create(new AuthorCreate("Ursula K. Le Guin", LocalDate.of(1929, 10, 21)));
 * authors.update(Map.of("name", "U. K. Le Guin"), created.getId());              // PATCH: dob stays
 * OffsetPagination<AuthorDto> page = authors.toSchema(authors.listAndCount(filters), filters, AuthorDto.class);
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Input conversion uses Jackson (see {@link #objectMapper()}): unknown keys are ignored; keys that are absent
 *       are never written, so PATCH bodies update only what they carry. In a {@code Map} an explicit {@code null}
 *       clears the attribute; in a DTO or record a {@code null} property counts as absent. Nested objects and lists
 *       become new related entities, and the owning side of a field-mapped {@code mappedBy} relationship is set to
 *       the parent. A value of the wrong type is a {@link dev.advancedalchemy.exceptions.ConversionException}
 *       naming the field (never the value), and nothing is written.
 *   <li>The hooks {@link #toModelOnCreate}, {@link #toModelOnUpdate} and {@link #toModelOnUpsert} see the raw
 *       input first and may return a replacement (for example with a slug added or a DTO's {@code authorId}
 *       resolved to an entity).
 *   <li>An entity passed to a write method is used as it is.
 *   <li>Transactions and errors are the repository's (see {@link SyncRepository}).
 * </ul>
 *
 * @param <T> the entity type
 * @param <ID> the primary key type
 */
public class RepositoryService<T, ID> {
    private final @Nullable SyncRepository<T, ID> repository;
    private final @Nullable Class<T> entityType;
    private final ObjectMapper mapper;
    // Caches per-type introspection; rebuilt when an override of objectMapper() returns another mapper.
    private volatile @Nullable SchemaProjector projector;

    /**
     * A service over {@code repository}; the entity type is read from the subclass's type arguments.
     *
     * @throws IllegalStateException if the subclass does not bind {@code T} to a class
     */
    protected RepositoryService(SyncRepository<T, ID> repository) {
        this.mapper = defaultObjectMapper();
        this.repository = repository;
        this.entityType = resolveEntityType(getClass(), mapper);
    }

    /** A service over {@code repository} for entities of {@code entityType}, converting with {@code mapper}. */
    protected RepositoryService(SyncRepository<T, ID> repository, Class<T> entityType, ObjectMapper mapper) {
        this.repository = repository;
        this.entityType = entityType;
        this.mapper = mapper;
    }

    /**
     * For subclasses that supply the repository by overriding {@link #repository()} (for example from an injected
     * field), and for CDI client proxies.
     */
    protected RepositoryService() {
        this.repository = null;
        this.entityType = null;
        this.mapper = defaultObjectMapper();
    }

    /** A service over {@code repository} without a subclass. */
    public static <T, ID> RepositoryService<T, ID> of(SyncRepository<T, ID> repository, Class<T> entityType) {
        return new RepositoryService<>(repository, entityType, defaultObjectMapper());
    }

    /**
     * The Jackson mapper used when none is given: unknown keys ignored, {@code java.time} types as ISO-8601 text,
     * fields readable and writable without accessors.
     */
    public static ObjectMapper defaultObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    }

    /**
     * The repository this service works on.
     *
     * @throws IllegalStateException if the service was built without one and the subclass does not override this
     */
    protected SyncRepository<T, ID> repository() {
        if (repository == null) {
            throw new IllegalStateException(
                    getClass().getName() + " has no repository: pass it to the constructor or override repository()");
        }
        return repository;
    }

    /** The entity class of this service. */
    protected Class<T> entityType() {
        return entityType != null ? entityType : resolveEntityType(getClass(), mapper);
    }

    /** The Jackson mapper for input and schema conversion; override to use the application's. */
    protected ObjectMapper objectMapper() {
        return mapper;
    }

    // ---- hooks ----

    /** Runs on the raw input of {@link #create} and {@link #createMany}; returns it unchanged by default. */
    protected Object toModelOnCreate(Object data) {
        return data;
    }

    /** Runs on the raw input of {@link #update} and {@link #updateMany}; returns it unchanged by default. */
    protected Object toModelOnUpdate(Object data) {
        return data;
    }

    /** Runs on the raw input of {@link #upsert} and {@link #upsertMany}; returns it unchanged by default. */
    protected Object toModelOnUpsert(Object data) {
        return data;
    }

    // ---- reads ----

    /** @see SyncRepository#get(Object) */
    public T get(ID id) {
        return repository().get(id);
    }

    /** @see SyncRepository#find(Object) */
    public Optional<T> find(ID id) {
        return repository().find(id);
    }

    /** @see SyncRepository#getOne(Filter...) */
    public T getOne(Filter... filters) {
        return repository().getOne(filters);
    }

    /** @see SyncRepository#findOne(Filter...) */
    public Optional<T> findOne(Filter... filters) {
        return repository().findOne(filters);
    }

    /** @see SyncRepository#list(Filter...) */
    public List<T> list(Filter... filters) {
        return repository().list(filters);
    }

    /** {@link #list(Filter...)} with the filters of a list, such as {@code FilterParameters.parse}'s result. */
    public List<T> list(List<? extends Filter> filters) {
        return list(filters.toArray(Filter[]::new));
    }

    /** @see SyncRepository#listAndCount(Filter...) */
    public ListAndCount<T> listAndCount(Filter... filters) {
        return repository().listAndCount(filters);
    }

    /** {@link #listAndCount(Filter...)} with the filters of a list. */
    public ListAndCount<T> listAndCount(List<? extends Filter> filters) {
        return listAndCount(filters.toArray(Filter[]::new));
    }

    /** @see SyncRepository#count(Filter...) */
    public long count(Filter... filters) {
        return repository().count(filters);
    }

    /** @see SyncRepository#exists(Filter...) */
    public boolean exists(Filter... filters) {
        return repository().exists(filters);
    }

    // ---- writes ----

    /**
     * Stores a new entity built from {@code data} (after {@link #toModelOnCreate}).
     *
     * @throws dev.advancedalchemy.exceptions.ConversionException if a value has the wrong type; nothing is stored
     * @throws dev.advancedalchemy.exceptions.IntegrityException if a constraint is violated
     */
    public T create(Object data) {
        return create(data, Options.defaults());
    }

    /** {@link #create(Object)} with repository options. */
    public T create(Object data, Options options) {
        return repository().add(toNewModel(toModelOnCreate(data)), options);
    }

    /** Stores new entities built from each element of {@code data}, in one batch. */
    public List<T> createMany(List<?> data) {
        return createMany(data, Options.defaults());
    }

    /** {@link #createMany(List)} with repository options. */
    public List<T> createMany(List<?> data, Options options) {
        List<T> entities = new ArrayList<>(data.size());
        for (Object item : data) {
            entities.add(toNewModel(toModelOnCreate(item)));
        }
        return repository().addMany(entities, options);
    }

    /**
     * Updates the row with id {@code id} with the attributes present in {@code data} (after
     * {@link #toModelOnUpdate}); an {@code id} key in the data is ignored. An entity is passed to the repository's
     * {@code update} as it is.
     *
     * @throws dev.advancedalchemy.exceptions.NotFoundException if there is no such row
     * @throws dev.advancedalchemy.exceptions.ConversionException if a value has the wrong type; nothing is written
     */
    public T update(Object data, ID id) {
        return update(data, id, Options.defaults());
    }

    /** {@link #update(Object, Object)} with repository options. */
    public T update(Object data, ID id, Options options) {
        Object input = toModelOnUpdate(data);
        if (entityType().isInstance(input)) {
            return repository().update(entityType().cast(input), options);
        }
        // Convert once on a throw-away instance first, so bad input fails before the managed row is touched.
        converter().toNew(input);
        T current = repository().get(id, options);
        String idKey = options.idAttribute().orElse("id");
        T merged = converter().merge(input, current, List.of(idKey));
        return repository().update(merged, options);
    }

    /**
     * Updates many rows in one batch. Each element is an entity or data that carries the id; as in the repository's
     * {@code updateMany}, only its non-null attributes are written.
     *
     * @throws dev.advancedalchemy.exceptions.NotFoundException if any id has no row; nothing is written
     */
    public List<T> updateMany(List<?> data) {
        return updateMany(data, Options.defaults());
    }

    /** {@link #updateMany(List)} with repository options. */
    public List<T> updateMany(List<?> data, Options options) {
        List<T> entities = new ArrayList<>(data.size());
        for (Object item : data) {
            entities.add(toNewModel(toModelOnUpdate(item)));
        }
        return repository().updateMany(entities, options);
    }

    /** Inserts or updates the entity built from {@code data} (after {@link #toModelOnUpsert}) atomically. */
    public T upsert(Object data) {
        return upsert(data, Options.defaults());
    }

    /** {@link #upsert(Object)} with repository options, such as {@link Options#withMatchFields(String...)}. */
    public T upsert(Object data, Options options) {
        return repository().upsert(toNewModel(toModelOnUpsert(data)), options);
    }

    /** {@link #upsert(Object)} for many rows. */
    public List<T> upsertMany(List<?> data) {
        return upsertMany(data, Options.defaults());
    }

    /** {@link #upsertMany(List)} with repository options. */
    public List<T> upsertMany(List<?> data, Options options) {
        List<T> entities = new ArrayList<>(data.size());
        for (Object item : data) {
            entities.add(toNewModel(toModelOnUpsert(item)));
        }
        return repository().upsertMany(entities, options);
    }

    /** @see SyncRepository#getOrUpsert(Map, Options) */
    public GetOrUpsertResult<T> getOrUpsert(Map<String, ?> attributes, Options options) {
        return repository().getOrUpsert(attributes, options);
    }

    /** @see SyncRepository#getAndUpdate(Map, Options) */
    public GetAndUpdateResult<T> getAndUpdate(Map<String, ?> attributes, Options options) {
        return repository().getAndUpdate(attributes, options);
    }

    /** @see SyncRepository#delete(Object) */
    public T delete(ID id) {
        return repository().delete(id);
    }

    /** @see SyncRepository#deleteMany(Collection) */
    public List<T> deleteMany(Collection<ID> ids) {
        return repository().deleteMany(ids);
    }

    /** @see SyncRepository#deleteWhere(Filter...) */
    public List<T> deleteWhere(Filter... filters) {
        return repository().deleteWhere(filters);
    }

    // ---- schemas ----

    /**
     * Reads request data (typically a JSON object a REST resource received as {@code Map<String, Object>}) into an
     * input schema such as a record, with the same rules as the write methods: unknown keys are ignored, and a value
     * of the wrong type is a {@link dev.advancedalchemy.exceptions.ConversionException} naming the field (never the
     * value). A {@code ConversionException} thrown by the schema's constructor (for example for a missing required
     * field) is passed on as it is. Reading a body this way, rather than letting the JAX-RS runtime bind it, makes a
     * malformed field a 400 problem from {@code AlchemyExceptionMapper} on every runtime.
     *
     * <pre>{@code
     * @POST
     * public Response create(Map<String, Object> body) {
     *     AuthorCreate input = authors.toInput(body, AuthorCreate.class); // {"dob": "soon"} -> 400 naming 'dob'
     *     Author created = authors.create(input);
     *     ...
     * }
     * }</pre>
     *
     * @throws dev.advancedalchemy.exceptions.ConversionException if {@code data} does not fit {@code schema}
     */
    public <S> S toInput(Object data, Class<S> schema) {
        return new ModelConverter<>(objectMapper(), schema).toNew(data);
    }

    /**
     * The entity as a response schema: each property of {@code schema} is read from the same-named property of the
     * entity (getter, record-style accessor or field), recursively for nested schemas and lists; associations the
     * schema does not name are not loaded.
     *
     * @throws dev.advancedalchemy.exceptions.ConversionException if a property's type does not fit the schema
     */
    public <S> S toSchema(T entity, Class<S> schema) {
        return projector().project(entity, schema);
    }

    /**
     * A page of results as {@link OffsetPagination}: limit and offset come from the {@link LimitOffset} among
     * {@code filters}; without one the limit is the number of items and the offset 0 (as in Python).
     */
    public <S> OffsetPagination<S> toSchema(ListAndCount<T> page, List<? extends Filter> filters, Class<S> schema) {
        SchemaProjector projector = projector();
        List<S> items = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
            items.add(projector.project(item, schema));
        }
        LimitOffset limitOffset = filters.stream()
                .filter(LimitOffset.class::isInstance)
                .map(LimitOffset.class::cast)
                .findFirst()
                .orElse(new LimitOffset(items.size(), 0));
        return new OffsetPagination<>(items, limitOffset.limit(), limitOffset.offset(), page.total());
    }

    private T toNewModel(Object data) {
        return entityType().isInstance(data)
                ? entityType().cast(data)
                : converter().toNew(data);
    }

    private SchemaProjector projector() {
        ObjectMapper current = objectMapper();
        SchemaProjector cached = projector;
        if (cached == null || cached.mapper() != current) {
            cached = new SchemaProjector(current);
            projector = cached;
        }
        return cached;
    }

    private ModelConverter<T> converter() {
        return new ModelConverter<>(objectMapper(), entityType());
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> resolveEntityType(Class<?> serviceClass, ObjectMapper mapper) {
        JavaType service = mapper.getTypeFactory().constructType(serviceClass).findSuperType(RepositoryService.class);
        JavaType entity = service == null ? null : service.getBindings().getBoundType(0);
        if (entity == null || entity.getRawClass() == Object.class) {
            throw new IllegalStateException(serviceClass.getName()
                    + " must bind RepositoryService's entity type, as in"
                    + " 'class AuthorService extends RepositoryService<Author, UUID>', or pass the entity class");
        }
        return (Class<T>) entity.getRawClass();
    }
}
