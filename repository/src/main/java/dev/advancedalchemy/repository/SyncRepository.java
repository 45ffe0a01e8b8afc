package dev.advancedalchemy.repository;

import dev.advancedalchemy.filter.Filter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed repository of entity {@code T} with primary key type {@code ID}: CRUD, bulk writes, upserts and
 * filtered reads over one Jakarta Persistence {@code EntityManager}.
 *
 * <p>Declare an interface and get an implementation from {@link Repositories#of(Class,
 * jakarta.persistence.EntityManager)} (or inject it with the CDI extension):
 *
 * <pre>{@code
 * public interface AuthorRepository extends SyncRepository<Author, UUID> {}
 *
 * AuthorRepository authors = Repositories.of(AuthorRepository.class, em);
 * Author a = authors.add(new Author("Ursula K. Le Guin"), Options.defaults().withAutoCommit(true));
 * List<Author> page = authors.list(OrderBy.asc("name"), new LimitOffset(20, 0));
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Every method has an overload taking {@link Options}; per-call options override the repository's.
 *   <li>Writes flush before they return, so constraint violations surface from the call that caused them, as
 *       {@link dev.advancedalchemy.exceptions.DuplicateKeyException}, {@link
 *       dev.advancedalchemy.exceptions.ForeignKeyException} or {@link
 *       dev.advancedalchemy.exceptions.IntegrityException} (mapped from SQLSTATE and vendor codes), each carrying
 *       the constraint name when the database reports it. Other database failures are {@link
 *       dev.advancedalchemy.exceptions.RepositoryException}s.
 *   <li>Transactions: see {@link Options#autoCommit()}. A call that fails rolls back the transaction it began.
 *   <li>{@code update} is partial. For an instance that is not managed by the entity manager, an attribute is
 *       "set" when its value is not {@code null} (primitives are always set); collections and to-one
 *       relationships also count only when loaded ({@code PersistenceUnitUtil.isLoaded}). Set attributes whose
 *       value differs are copied onto the managed row; id and {@code @Version} attributes are never copied. So an
 *       update that changes nothing writes nothing and does not touch an {@code updatedAt} column. To set an
 *       attribute to {@code null}, change the managed instance (from {@code get}) and pass that to {@code update}:
 *       for a managed instance every change counts.
 *   <li>Composite keys ({@code @IdClass} / {@code @EmbeddedId}) work for {@code get}, {@code find}, {@code
 *       delete}, {@code deleteMany}, {@code update}: pass the id class or embeddable instance as {@code ID}.
 * </ul>
 *
 * @param <T> the entity type
 * @param <ID> the primary key type (the {@code @IdClass} or {@code @EmbeddedId} type for composite keys)
 */
public interface SyncRepository<T, ID> {

    /**
     * Inserts one entity and flushes.
     *
     * @return the same, now managed, entity (refreshed when {@link Options#autoRefresh()})
     * @throws dev.advancedalchemy.exceptions.IntegrityException if a constraint is violated; nothing is stored
     */
    T add(T entity);

    /** {@link #add(Object)} with options. */
    T add(T entity, Options options);

    /**
     * Inserts many entities in one flush, using JDBC batching (see the README for the persistence unit settings):
     * a handful of round trips, not one per row, for client-assigned keys (UUID, NanoID) and pooled sequences.
     *
     * <p>Simple entities (EclipseLink; one table; client-side or sequence ids; basic, embedded and non-cascading
     * to-one attributes; no listeners but the entity's own callbacks and the library's audit listener) go in as
     * plain JDBC batches of 1,000 rows on the transaction's connection, several times faster than {@code persist},
     * with what {@code persist} would have given them: ids, {@code @PrePersist} values (audit columns), version 1,
     * {@code @PostPersist} callbacks run, converters applied. They are then registered with the persistence context
     * as stored rows (without SQL): later changes to them are written by the next flush; the shared cache is not
     * filled with them. Anything else (other providers or mappings, items already managed or listed twice,
     * references to unmanaged entities) takes the {@code persist} path.
     *
     * @return the given entities, managed, in input order
     * @throws dev.advancedalchemy.exceptions.IntegrityException if a constraint is violated; nothing is stored:
     *     the call's transaction is rolled back when the call began it, else marked rollback-only
     */
    List<T> addMany(List<T> entities);

    /**
     * {@link #addMany(List)} with options.
     *
     * <p>With {@link Options#autoDetach()} the results are detached: simple entities are inserted the same way and
     * left out of the persistence context, anything else is persisted and detached afterwards.
     *
     * <pre>{@code
     * List<Item> stored = items.addMany(rows, Options.defaults().withAutoDetach(true));
     * }</pre>
     */
    List<T> addMany(List<T> entities, Options options);

    /**
     * The entity with this id (or with this value of {@link Options#idAttribute()}).
     *
     * @throws dev.advancedalchemy.exceptions.NotFoundException if there is none
     */
    T get(ID id);

    /** {@link #get(Object)} with options (load paths, locking, id attribute). */
    T get(ID id, Options options);

    /** The entity with this id, if any. */
    Optional<T> find(ID id);

    /** {@link #find(Object)} with options. */
    Optional<T> find(ID id, Options options);

    /**
     * The one entity matching the filters.
     *
     * @throws dev.advancedalchemy.exceptions.NotFoundException if none matches
     * @throws dev.advancedalchemy.exceptions.MultipleResultsException if more than one matches
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if a filter names an unknown field
     */
    T getOne(Filter... filters);

    /** {@link #getOne(Filter...)} with options. */
    T getOne(Options options, Filter... filters);

    /**
     * The entity matching the filters, if any.
     *
     * @throws dev.advancedalchemy.exceptions.MultipleResultsException if more than one matches
     */
    Optional<T> findOne(Filter... filters);

    /** {@link #findOne(Filter...)} with options. */
    Optional<T> findOne(Options options, Filter... filters);

    /** The entities matching the filters, sorted and paged as the filters say. */
    List<T> list(Filter... filters);

    /** {@link #list(Filter...)} with options. */
    List<T> list(Options options, Filter... filters);

    /** One page of entities and the total number matching (right even when the page is past the end). */
    ListAndCount<T> listAndCount(Filter... filters);

    /** {@link #listAndCount(Filter...)} with options. */
    ListAndCount<T> listAndCount(Options options, Filter... filters);

    /** How many entities match the filters (paging filters are ignored). */
    long count(Filter... filters);

    /** {@link #count(Filter...)} with options. */
    long count(Options options, Filter... filters);

    /** Whether any entity matches: a real {@code EXISTS}/{@code LIMIT 1}, not a count. */
    boolean exists(Filter... filters);

    /** {@link #exists(Filter...)} with options. */
    boolean exists(Options options, Filter... filters);

    /**
     * Partially updates the stored row with the attributes set on {@code entity} (see the class rules).
     *
     * @return the managed, updated row
     * @throws dev.advancedalchemy.exceptions.NotFoundException if no row has the entity's id
     * @throws dev.advancedalchemy.exceptions.IntegrityException if a constraint is violated
     */
    T update(T entity);

    /** {@link #update(Object)} with options. */
    T update(T entity, Options options);

    /**
     * Partially updates many rows: one query loads them by primary key, one flush writes them as a JDBC batch.
     *
     * @return the fresh managed rows, in input order
     * @throws dev.advancedalchemy.exceptions.NotFoundException if any id has no row; nothing is written
     */
    List<T> updateMany(List<T> entities);

    /** {@link #updateMany(List)} with options. */
    List<T> updateMany(List<T> entities, Options options);

    /**
     * Inserts the entity or updates the row it conflicts with, atomically, in one native statement ({@code INSERT
     * … ON CONFLICT} on PostgreSQL, {@code ON DUPLICATE KEY UPDATE} on MariaDB/MySQL, {@code MERGE} on H2);
     * {@link Options#matchFields()} choose the conflict target (default: the primary key).
     *
     * @return the stored row, managed
     */
    T upsert(T entity);

    /** {@link #upsert(Object)} with options. */
    T upsert(T entity, Options options);

    /** {@link #upsert(Object)} for many rows in few statements; returns the stored rows in input order. */
    List<T> upsertMany(List<T> entities);

    /** {@link #upsertMany(List)} with options. */
    List<T> upsertMany(List<T> entities, Options options);

    /**
     * Finds the row matching {@code attributes} (only the {@link Options#matchFields()} among them when given) and
     * updates its other attributes; or, when none matches, stores a new entity built from {@code attributes}.
     *
     * <p>Creating is atomic, with a native insert-if-absent on a key (PostgreSQL {@code ON CONFLICT}, MariaDB
     * {@code ON DUPLICATE KEY}, H2 {@code MERGE}): on the match fields when given (they must form a primary or
     * unique key), otherwise on a primary or unique key whose attributes are all among {@code attributes}. Of
     * concurrent callers exactly one creates the row and reports {@code created}; the others get that row (with
     * match fields, their other attributes are then set on it). Without such a key (or on a JPA provider without
     * native upserts, i.e. Hibernate for now) the call is select-then-insert, and concurrent callers may each
     * create a row: add a unique constraint over the identifying attributes.
     *
     * <pre>{@code
     * var result = tags.getOrUpsert(Map.of("name", "java"));   // name is unique: atomic
     * Tag tag = result.item();
     * boolean isNew = result.created();
     * }</pre>
     *
     * @param attributes attribute name → value; names are checked against the entity's metamodel
     * @throws IllegalArgumentException if an attribute name is unknown or a value has the wrong type
     * @throws dev.advancedalchemy.exceptions.DuplicateKeyException without match fields, if a row has the same
     *     unique key as {@code attributes} but differs in another of them (it is not this row, and a second one
     *     cannot be created)
     */
    GetOrUpsertResult<T> getOrUpsert(Map<String, ?> attributes);

    /** {@link #getOrUpsert(Map)} with options. */
    GetOrUpsertResult<T> getOrUpsert(Map<String, ?> attributes, Options options);

    /**
     * Finds the row matching {@code attributes} (only the {@link Options#matchFields()} among them when given) and
     * sets the other attributes on it.
     *
     * @return the row and whether any attribute changed
     * @throws dev.advancedalchemy.exceptions.NotFoundException if no row matches
     * @throws IllegalArgumentException if an attribute name is unknown or a value has the wrong type
     */
    GetAndUpdateResult<T> getAndUpdate(Map<String, ?> attributes);

    /** {@link #getAndUpdate(Map)} with options. */
    GetAndUpdateResult<T> getAndUpdate(Map<String, ?> attributes, Options options);

    /**
     * Deletes the row with this id (JPA {@code remove}, so cascades and entity callbacks run).
     *
     * @return the deleted entity
     * @throws dev.advancedalchemy.exceptions.NotFoundException if there is none
     * @throws dev.advancedalchemy.exceptions.ForeignKeyException if another row still references it
     */
    T delete(ID id);

    /** {@link #delete(Object)} with options. */
    T delete(ID id, Options options);

    /**
     * Deletes the rows with these ids; ids without a row are ignored. Ids are read and deleted in chunks that
     * stay under the database's bind-parameter limit.
     *
     * @return the deleted entities
     */
    List<T> deleteMany(Collection<ID> ids);

    /** {@link #deleteMany(Collection)} with options. */
    List<T> deleteMany(Collection<ID> ids, Options options);

    /**
     * Deletes the rows matching the filters.
     *
     * @return the deleted entities
     */
    List<T> deleteWhere(Filter... filters);

    /** {@link #deleteWhere(Filter...)} with options. */
    List<T> deleteWhere(Options options, Filter... filters);
}
