package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.repository.ErrorKind;
import dev.advancedalchemy.repository.GetAndUpdateResult;
import dev.advancedalchemy.repository.GetOrUpsertResult;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.SyncRepository;
import dev.advancedalchemy.repository.internal.dialect.JpaProviders;
import dev.advancedalchemy.repository.internal.insert.DirectInsert;
import dev.advancedalchemy.repository.internal.query.ReadEngine;
import dev.advancedalchemy.repository.internal.upsert.UpsertEngine;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The one implementation of {@link SyncRepository} every repository proxy delegates its base methods to. */
public final class SyncRepositoryImpl<T, ID> implements SyncRepository<T, ID> {
    private final Supplier<EntityManager> entityManagers;
    private final Options defaults;
    private final EntityModel<T> model;
    private final PartialUpdate<T> partial;
    private final RowLoader<T> rows;
    private final UpsertEngine upserts = new UpsertEngine();
    private volatile @Nullable Database database;
    private volatile @Nullable ReadEngine<T> reads;

    /**
     * @param type the entity class
     * @param entityManagers gives the entity manager to use for each call (the same one, or the current
     *     transaction's)
     * @param defaults the repository's options, under every call's options
     */
    public SyncRepositoryImpl(Class<T> type, Supplier<EntityManager> entityManagers, Options defaults) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entityManagers");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.model = new EntityModel<>(type, entityManagers.get().getMetamodel());
        this.partial = new PartialUpdate<>(model);
        this.rows = new RowLoader<>(model);
    }

    /** The entity class. */
    public Class<T> entityType() {
        return model.type();
    }

    private EntityManager em() {
        return Objects.requireNonNull(entityManagers.get(), "the EntityManager supplier returned null");
    }

    private Options resolve(Options options) {
        return Objects.requireNonNull(options, "options").over(defaults);
    }

    private Database database(EntityManager em) {
        Database db = database;
        if (db == null) {
            db = JpaProviders.database(em);
            database = db;
        }
        return db;
    }

    private ReadEngine<T> reads(EntityManager em) {
        ReadEngine<T> engine = reads;
        if (engine == null) {
            engine = new ReadEngine<>(model.type(), em.getMetamodel(), database(em));
            reads = engine;
        }
        return engine;
    }

    private <R> R write(EntityManager em, Options o, Supplier<R> work) {
        return TransactionScope.write(em, o, model.name(), work);
    }

    private <R> R read(EntityManager em, Options o, Supplier<R> work) {
        return TransactionScope.read(em, o, model.name(), work);
    }

    private T finish(EntityManager em, T entity, Options o, boolean refresh) {
        if (refresh && o.autoRefresh()) {
            em.refresh(entity);
        }
        if (o.autoDetach()) {
            em.detach(entity);
        }
        return entity;
    }

    private List<T> finishAll(EntityManager em, List<T> entities, Options o) {
        if (o.autoDetach()) {
            entities.forEach(em::detach);
        }
        return entities;
    }

    private NotFoundException notFound(Options o, Object id) {
        return new NotFoundException(Messages.render(
                ErrorKind.NOT_FOUND, o, model.name(), null, "no {entity} with " + idLabel(o) + " " + id));
    }

    private String idLabel(Options o) {
        return o.idAttribute().orElse(model.compositeKey() ? "key" : model.idAttribute());
    }

    private Optional<T> lookup(EntityManager em, Object id, Options o) {
        Objects.requireNonNull(id, "id");
        Optional<String> attribute =
                o.idAttribute().filter(a -> model.compositeKey() || !a.equals(model.idAttribute()));
        if (attribute.isPresent()) {
            return rows.byAttribute(em, attribute.get(), id, o.load(), o.forUpdate());
        }
        return rows.byId(em, id, o.load(), o.forUpdate());
    }

    // ---- add

    @Override
    public T add(T entity) {
        return add(entity, Options.defaults());
    }

    @Override
    public T add(T entity, Options options) {
        Objects.requireNonNull(entity, "entity");
        Options o = resolve(options);
        EntityManager em = em();
        return write(em, o, () -> {
            em.persist(entity);
            em.flush();
            return finish(em, entity, o, true);
        });
    }

    @Override
    public List<T> addMany(List<T> entities) {
        return addMany(entities, Options.defaults());
    }

    @Override
    public List<T> addMany(List<T> entities, Options options) {
        List<T> items = List.copyOf(entities);
        Options o = resolve(options);
        if (items.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        return write(em, o, () -> {
            // Simple entities go in as a plain JDBC batch; managed results are then registered with the
            // persistence context as stored rows, without the provider's per-object insert work.
            if (DirectInsert.tryInsert(em, model.type(), items, !o.autoDetach())) {
                return new ArrayList<>(items);
            }
            items.forEach(em::persist);
            em.flush(); // one flush: the provider sends the INSERTs as JDBC batches when batch writing is on
            return finishAll(em, new ArrayList<>(items), o);
        });
    }

    // ---- reads

    @Override
    public T get(ID id) {
        return get(id, Options.defaults());
    }

    @Override
    public T get(ID id, Options options) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(em, o, () -> {
            T row = lookup(em, id, o).orElseThrow(() -> notFound(o, id));
            return finish(em, row, o, false);
        });
    }

    @Override
    public Optional<T> find(ID id) {
        return find(id, Options.defaults());
    }

    @Override
    public Optional<T> find(ID id, Options options) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(em, o, () -> lookup(em, id, o).map(row -> finish(em, row, o, false)));
    }

    @Override
    public T getOne(Filter... filters) {
        return getOne(Options.defaults(), filters);
    }

    @Override
    public T getOne(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(
                em,
                o,
                () -> reads(em)
                        .findOne(em, List.of(filters), o.load())
                        .map(row -> finish(em, row, o, false))
                        .orElseThrow(() -> new NotFoundException(Messages.render(
                                ErrorKind.NOT_FOUND, o, model.name(), null, "no {entity} matched the filters"))));
    }

    @Override
    public Optional<T> findOne(Filter... filters) {
        return findOne(Options.defaults(), filters);
    }

    @Override
    public Optional<T> findOne(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(
                em, o, () -> reads(em).findOne(em, List.of(filters), o.load()).map(row -> finish(em, row, o, false)));
    }

    @Override
    public List<T> list(Filter... filters) {
        return list(Options.defaults(), filters);
    }

    @Override
    public List<T> list(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(em, o, () -> finishAll(em, reads(em).list(em, List.of(filters), o.load(), o.forUpdate()), o));
    }

    @Override
    public ListAndCount<T> listAndCount(Filter... filters) {
        return listAndCount(Options.defaults(), filters);
    }

    @Override
    public ListAndCount<T> listAndCount(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(em, o, () -> {
            ListAndCount<T> page = reads(em).listAndCount(em, List.of(filters), o.load());
            finishAll(em, page.items(), o);
            return page;
        });
    }

    @Override
    public long count(Filter... filters) {
        return count(Options.defaults(), filters);
    }

    @Override
    public long count(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(em, o, () -> reads(em).count(em, List.of(filters)));
    }

    @Override
    public boolean exists(Filter... filters) {
        return exists(Options.defaults(), filters);
    }

    @Override
    public boolean exists(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return read(em, o, () -> reads(em).exists(em, List.of(filters)));
    }

    // ---- updates

    @Override
    public T update(T entity) {
        return update(entity, Options.defaults());
    }

    @Override
    public T update(T entity, Options options) {
        Objects.requireNonNull(entity, "entity");
        Options o = resolve(options);
        EntityManager em = em();
        return write(em, o, () -> {
            if (em.contains(entity)) {
                em.flush(); // a managed instance: every change the caller made counts
                return finish(em, entity, o, true);
            }
            T managed = managedCounterpart(em, entity, o);
            boolean changed = partial.apply(em, entity, managed);
            if (changed) {
                em.flush();
            }
            return finish(em, managed, o, changed);
        });
    }

    private T managedCounterpart(EntityManager em, T entity, Options o) {
        Object id = o.idAttribute()
                .filter(a -> model.compositeKey() || !a.equals(model.idAttribute()))
                .map(a -> model.access(a).get(entity))
                .orElseGet(() -> rows.idOf(em, entity));
        if (id == null) {
            throw new IllegalArgumentException("cannot update a " + model.name() + " without an id: set " + idLabel(o)
                    + " (or use add/upsert for a new row)");
        }
        return lookup(em, id, o.withLoad(List.of())).orElseThrow(() -> notFound(o, id));
    }

    @Override
    public List<T> updateMany(List<T> entities) {
        return updateMany(entities, Options.defaults());
    }

    @Override
    public List<T> updateMany(List<T> entities, Options options) {
        List<T> items = List.copyOf(entities);
        Options o = resolve(options);
        if (items.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        return write(em, o, () -> {
            List<Object> ids = new ArrayList<>(items.size());
            for (T item : items) {
                Object id = rows.idOf(em, item);
                if (id == null) {
                    throw new IllegalArgumentException(
                            "updateMany needs the id of every " + model.name() + "; item " + ids.size() + " has none");
                }
                ids.add(id);
            }
            Map<Object, T> managed = rows.byIds(em, ids, database(em));
            List<Object> missing =
                    ids.stream().filter(id -> !managed.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw new NotFoundException(Messages.render(
                        ErrorKind.NOT_FOUND,
                        o,
                        model.name(),
                        null,
                        missing.size() + " of the {entity} rows to update do not exist; nothing was updated"));
            }
            List<T> result = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                T target = managed.get(ids.get(i));
                if (items.get(i) != target) {
                    partial.apply(em, items.get(i), target);
                }
                result.add(target);
            }
            em.flush(); // one flush: same-shaped UPDATEs go out as one JDBC batch
            return finishAll(em, result, o);
        });
    }

    // ---- upserts

    @Override
    public T upsert(T entity) {
        return upsert(entity, Options.defaults());
    }

    @Override
    public T upsert(T entity, Options options) {
        return upsertMany(List.of(entity), options).get(0);
    }

    @Override
    public List<T> upsertMany(List<T> entities) {
        return upsertMany(entities, Options.defaults());
    }

    @Override
    public List<T> upsertMany(List<T> entities, Options options) {
        List<T> items = List.copyOf(entities);
        Options o = resolve(options);
        o.matchFields().forEach(model::access); // unknown names fail before any SQL
        if (items.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        return write(
                em,
                o,
                () -> finishAll(em, new ArrayList<>(upserts.execute(em, model.type(), items, o.matchFields())), o));
    }

    @Override
    public GetOrUpsertResult<T> getOrUpsert(Map<String, ?> attributes) {
        return getOrUpsert(attributes, Options.defaults());
    }

    @Override
    public GetOrUpsertResult<T> getOrUpsert(Map<String, ?> attributes, Options options) {
        Options o = resolve(options);
        Map<String, Object> match = match(attributes, o);
        EntityManager em = em();
        return write(em, o, () -> {
            Optional<T> existing = rows.byAttributes(em, match, o.load(), o.forUpdate());
            if (existing.isPresent()) {
                T row = existing.get();
                if (partial.set(row, rest(attributes, match))) {
                    em.flush();
                }
                return new GetOrUpsertResult<>(finish(em, row, o, false), false);
            }
            T item = model.newInstance();
            partial.set(item, attributes);
            List<String> key = o.matchFields().isEmpty()
                    ? upserts.uniqueKeyAmong(em, model.type(), match.keySet()).orElse(List.of())
                    : o.matchFields();
            if (key.isEmpty()) {
                // No unique key among the attributes: nothing can make a concurrent insert fail or wait, so this is
                // select-then-insert (documented on SyncRepository.getOrUpsert).
                em.persist(item);
                em.flush();
                return new GetOrUpsertResult<>(finish(em, item, o, false), true);
            }
            // Atomic: the native insert-if-absent on the key either inserts or locks the row a concurrent caller made.
            UpsertEngine.Stored<T> stored = upserts.insertIfAbsent(em, model.type(), item, key);
            T row = stored.entity();
            if (!stored.inserted()) {
                requireSameValues(o, row, item, match.keySet(), key);
                if (partial.set(row, rest(attributes, match))) {
                    em.flush();
                }
            }
            return new GetOrUpsertResult<>(finish(em, row, o, false), stored.inserted());
        });
    }

    // Without matchFields every given attribute is a match attribute: a row that shares only the unique key with them
    // is another row, and creating ours would violate that key.
    private void requireSameValues(Options o, T row, T item, Collection<String> match, List<String> key) {
        for (String attribute : match) {
            AttributeAccess access = model.access(attribute);
            if (!Objects.equals(access.get(row), access.get(item))) {
                throw new DuplicateKeyException(
                        Messages.render(
                                ErrorKind.DUPLICATE_KEY,
                                o,
                                model.name(),
                                null,
                                "{entity} with the same " + key + " but another '" + attribute
                                        + "' already exists; getOrUpsert cannot create a second one (pass"
                                        + " matchFields " + key + " to update that row instead)"),
                        null,
                        null);
            }
        }
    }

    @Override
    public GetAndUpdateResult<T> getAndUpdate(Map<String, ?> attributes) {
        return getAndUpdate(attributes, Options.defaults());
    }

    @Override
    public GetAndUpdateResult<T> getAndUpdate(Map<String, ?> attributes, Options options) {
        Options o = resolve(options);
        Map<String, Object> match = match(attributes, o);
        EntityManager em = em();
        return write(em, o, () -> {
            T row = rows.byAttributes(em, match, o.load(), o.forUpdate())
                    .orElseThrow(() -> new NotFoundException(Messages.render(
                            ErrorKind.NOT_FOUND, o, model.name(), null, "no {entity} matched " + match.keySet())));
            boolean changed = partial.set(row, rest(attributes, match));
            if (changed) {
                em.flush();
            }
            return new GetAndUpdateResult<>(finish(em, row, o, changed), changed);
        });
    }

    private Map<String, Object> match(Map<String, ?> attributes, Options o) {
        Objects.requireNonNull(attributes, "attributes");
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("attributes must name at least one attribute of " + model.name());
        }
        attributes.keySet().forEach(model::access);
        Map<String, Object> match = new LinkedHashMap<>();
        if (o.matchFields().isEmpty()) {
            match.putAll(attributes);
        } else {
            for (String field : o.matchFields()) {
                if (!attributes.containsKey(field)) {
                    throw new IllegalArgumentException("match field '" + field + "' of " + model.name()
                            + " has no value in the attributes " + attributes.keySet());
                }
                match.put(field, attributes.get(field));
            }
        }
        return match;
    }

    private static Map<String, Object> rest(Map<String, ?> attributes, Map<String, Object> match) {
        Map<String, Object> rest = new LinkedHashMap<>(attributes);
        rest.keySet().removeAll(match.keySet());
        return rest;
    }

    // ---- deletes

    @Override
    public T delete(ID id) {
        return delete(id, Options.defaults());
    }

    @Override
    public T delete(ID id, Options options) {
        Options o = resolve(options);
        EntityManager em = em();
        return write(em, o, () -> {
            T row = lookup(em, id, o.withLoad(List.of())).orElseThrow(() -> notFound(o, id));
            em.remove(row);
            em.flush();
            return row;
        });
    }

    @Override
    public List<T> deleteMany(Collection<ID> ids) {
        return deleteMany(ids, Options.defaults());
    }

    @Override
    public List<T> deleteMany(Collection<ID> ids, Options options) {
        Objects.requireNonNull(ids, "ids");
        Options o = resolve(options);
        if (ids.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        return write(em, o, () -> {
            List<T> found;
            if (o.idAttribute()
                    .filter(a -> model.compositeKey() || !a.equals(model.idAttribute()))
                    .isPresent()) {
                found = new ArrayList<>();
                for (ID id : ids) {
                    lookup(em, id, o.withLoad(List.of())).ifPresent(found::add);
                }
            } else {
                found = new ArrayList<>(rows.byIds(em, ids, database(em)).values());
            }
            return remove(em, found);
        });
    }

    @Override
    public List<T> deleteWhere(Filter... filters) {
        return deleteWhere(Options.defaults(), filters);
    }

    @Override
    public List<T> deleteWhere(Options options, Filter... filters) {
        Options o = resolve(options);
        EntityManager em = em();
        return write(em, o, () -> remove(em, new ArrayList<>(reads(em).list(em, List.of(filters), List.of(), false))));
    }

    // em.remove (not a bulk DELETE) so that cascades and entity callbacks (e.g. file cleanup) run; one flush batches
    private static <T> List<T> remove(EntityManager em, List<T> found) {
        found.forEach(em::remove);
        em.flush();
        return found;
    }

    @Override
    public String toString() {
        return "SyncRepository[" + model.name() + "]";
    }
}
