package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventListener;
import org.eclipse.persistence.descriptors.DescriptorEventManager;
import org.eclipse.persistence.descriptors.TimestampLockingPolicy;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.descriptors.changetracking.ObjectChangePolicy;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.descriptors.ObjectBuilder;
import org.eclipse.persistence.internal.descriptors.PersistenceEntity;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.internal.jpa.metadata.listeners.EntityListener;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.jspecify.annotations.Nullable;

/** One EclipseLink descriptor seen as a single table; values come from the object builder, so converters apply. */
final class EclipseLinkTableMapping implements TableMapping {
    private final ClassDescriptor descriptor;
    private final AbstractSession session;
    private final DatabasePlatform platform;
    private final DatabaseTable table;
    private final List<DatabaseField> fields = new ArrayList<>();
    private final List<MappedColumn> columns = new ArrayList<>();
    // to-one and collection mappings, read once: Descriptors.mappings is a reflective call, too slow per row
    private final List<DatabaseMapping> relationships = new ArrayList<>();

    EclipseLinkTableMapping(ClassDescriptor descriptor, AbstractSession session) {
        this.descriptor = descriptor;
        this.session = session;
        this.platform = session.getPlatform();
        if (Descriptors.tables(descriptor).size() != 1) {
            throw new RepositoryException(
                    "ALCH-1323",
                    "native upserts need an entity stored in exactly one table; " + descriptor.getAlias()
                            + " uses " + Descriptors.tables(descriptor).size()
                            + " (secondary tables or JOINED inheritance)",
                    null);
        }
        this.table = descriptor.getDefaultTable();
        for (DatabaseMapping mapping : Descriptors.mappings(descriptor)) {
            if (mapping.isObjectReferenceMapping() || mapping instanceof CollectionMapping) {
                relationships.add(mapping);
            }
        }
        Set<DatabaseField> ids = new HashSet<>(descriptor.getPrimaryKeyFields());
        DatabaseField version = numericVersionField(descriptor);
        Set<String> seen = new HashSet<>();
        for (DatabaseField field : Descriptors.fields(descriptor)) {
            boolean ownTable = field.getTable() == null
                    || field.getTable().getName().isEmpty()
                    || field.getTable().equals(table);
            if (!ownTable || !field.isInsertable() || !seen.add(field.getName())) {
                continue;
            }
            MappedColumn.Kind kind = ids.contains(field)
                    ? MappedColumn.Kind.ID
                    : field.equals(version) ? MappedColumn.Kind.VERSION : MappedColumn.Kind.REGULAR;
            fields.add(field);
            columns.add(new MappedColumn(
                    field.getNameDelimited(platform), field.getName(), attributeOf(field), kind, field.isUpdatable()));
        }
    }

    /** Whether rows of the descriptor can be inserted with plain JDBC; see {@link MappingReader#directInsertMapping}. */
    static boolean directlyInsertable(ClassDescriptor descriptor, AbstractSession session) {
        boolean shape = Descriptors.tables(descriptor).size() == 1
                && !descriptor.hasInheritance()
                && !descriptor.hasMultitenantPolicy()
                && !descriptor.hasReturningPolicies()
                && !descriptor.hasSerializedObjectPolicy()
                && !(descriptor.usesSequenceNumbers()
                        && descriptor.getSequence() != null
                        && descriptor.getSequence().shouldAcquireValueAfterInsert());
        boolean locking = !descriptor.usesOptimisticLocking() || numericVersionField(descriptor) != null;
        return shape
                && locking
                && Descriptors.mappings(descriptor).stream().allMatch(EclipseLinkTableMapping::directlyWritable)
                && onlyKnownCallbacks(descriptor.getEventManager())
                && !session.getEventManager().hasListeners();
    }

    private static boolean directlyWritable(DatabaseMapping mapping) {
        if (mapping.isDirectToFieldMapping() || mapping.isAggregateObjectMapping()) {
            return true;
        }
        if (mapping instanceof ObjectReferenceMapping reference) {
            return !reference.isCascadePersist();
        }
        // the inverse (mappedBy) side of a collection writes nothing into this table or a join table
        boolean inverseOneToMany =
                mapping instanceof OneToManyMapping && !(mapping instanceof UnidirectionalOneToManyMapping);
        boolean inverseManyToMany = mapping instanceof ManyToManyMapping && mapping.isReadOnly();
        return (inverseOneToMany || inverseManyToMany) && !((ForeignReferenceMapping) mapping).isCascadePersist();
    }

    // The entity's own callback methods and the library's audit listener only set attributes; anything else may
    // expect the provider's unit of work, so it keeps the persist path.
    private static boolean onlyKnownCallbacks(DescriptorEventManager events) {
        if (!events.hasAnyEventListeners()) {
            return true;
        }
        if (events.hasDefaultEventListeners() || !events.getEventListeners().isEmpty()) {
            return false;
        }
        for (DescriptorEventListener listener : events.getEntityListenerEventListeners()) {
            if (!(listener instanceof EntityListener<?> jpa)
                    || !jpa.getListenerClass().getName().startsWith("dev.advancedalchemy.base.")) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable DatabaseField numericVersionField(ClassDescriptor descriptor) {
        if (descriptor.usesOptimisticLocking()
                && descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy policy
                && !(policy instanceof TimestampLockingPolicy)) {
            return policy.getWriteLockField();
        }
        return null;
    }

    private @Nullable String attributeOf(DatabaseField field) {
        DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForField(field);
        return mapping != null && mapping.isDirectToFieldMapping() ? mapping.getAttributeName() : null;
    }

    @Override
    public String entityName() {
        return descriptor.getAlias();
    }

    @Override
    public String sqlTable() {
        return table.getQualifiedNameDelimited(platform);
    }

    @Override
    public String plainTable() {
        return table.getName();
    }

    @Override
    public List<MappedColumn> columns() {
        return List.copyOf(columns);
    }

    @Override
    public boolean idGeneratedOnInsert() {
        return descriptor.usesSequenceNumbers()
                && descriptor.getSequence() != null
                && descriptor.getSequence().shouldAcquireValueAfterInsert();
    }

    @Override
    public MappedColumn columnOf(String attribute) {
        DatabaseMapping mapping = descriptor.getMappingForAttributeName(attribute);
        if (mapping == null || !mapping.isDirectToFieldMapping()) {
            throw new IllegalArgumentException(attribute);
        }
        String name = mapping.getField().getName();
        return columns.stream()
                .filter(c -> c.plainName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(attribute));
    }

    @Override
    public List<String> idAttributes() {
        return descriptor.getPrimaryKeyFields().stream()
                .map(this::attributeOf)
                .map(a -> {
                    if (a == null) {
                        throw new RepositoryException(
                                "ALCH-1324",
                                descriptor.getAlias() + " has a primary key that is not a basic attribute; pass"
                                        + " matchFields explicitly",
                                null);
                    }
                    return a;
                })
                .toList();
    }

    @Override
    public void prepareNew(Object entity) {
        DescriptorEventManager events = descriptor.getEventManager();
        if (events.hasAnyEventListeners()) {
            DescriptorEvent event = new DescriptorEvent(entity);
            event.setEventCode(DescriptorEventManager.PrePersistEvent);
            event.setSession(session);
            events.executeEvent(event);
        }
        if (descriptor.usesSequenceNumbers() && !idGeneratedOnInsert()) {
            ((ObjectBuilder) descriptor.getObjectBuilder()).assignSequenceNumber(entity, session);
        }
    }

    @Override
    public void afterInsert(Object entity, boolean manage) {
        DatabaseField version = numericVersionField(descriptor);
        if (version != null
                && descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy policy
                && policy.isStoredInObject()) {
            AbstractDirectMapping mapping = policy.getVersionMapping();
            mapping.setAttributeValueInObject(entity, mapping.getObjectValue(MappedColumn.INITIAL_VERSION, session));
        }
        if (manage) {
            registerExisting(entity);
        }
        DescriptorEventManager events = descriptor.getEventManager();
        if (events.hasAnyEventListeners()) {
            DescriptorEvent event = new DescriptorEvent(entity);
            event.setEventCode(DescriptorEventManager.PostInsertEvent);
            event.setSession(session);
            events.executeEvent(event);
        }
    }

    // What UnitOfWorkImpl.registerExistingObject does for a row read into the unit of work, minus the copy: the
    // entity itself becomes the working copy (as persist makes it), with the backup clone or change listener its
    // change policy uses to find later changes; the unit of work's identity map (not the shared cache) holds it.
    // Built before @PostPersist, so changes a callback makes are written by the next flush, as after persist.
    private void registerExisting(Object entity) {
        if (!(session instanceof UnitOfWorkImpl uow) || uow.isNestedUnitOfWork()) {
            throw new IllegalStateException("no active unit of work to manage " + descriptor.getAlias() + " in");
        }
        ObjectBuilder builder = descriptor.getObjectBuilder();
        Object key = builder.extractPrimaryKeyFromObject(entity, uow);
        ObjectChangePolicy changes = descriptor.getObjectChangePolicy();
        changes.setChangeListener(entity, uow, descriptor);
        changes.dissableEventProcessing(entity);
        Object backup = changes.buildBackupClone(entity, builder, uow);
        uow.getCloneMapping().put(entity, backup);
        if (entity instanceof PersistenceEntity woven) {
            woven._persistence_setId(key);
        }
        Object writeLock = descriptor.usesOptimisticLocking()
                ? descriptor.getOptimisticLockingPolicy().getWriteLockValue(entity, key, uow)
                : null;
        uow.getIdentityMapAccessorInstance()
                .putInIdentityMap(entity, key, writeLock, System.currentTimeMillis(), descriptor);
        changes.enableEventProcessing(entity);
    }

    @Override
    public List<Object> references(Object entity) {
        if (relationships.isEmpty()) {
            return List.of();
        }
        List<Object> targets = new ArrayList<>();
        for (DatabaseMapping mapping : relationships) {
            if (mapping.isObjectReferenceMapping()) {
                Object target = mapping.getRealAttributeValueFromObject(entity, session);
                if (target != null) {
                    targets.add(target);
                }
            } else if (mapping instanceof CollectionMapping collection) {
                Object elements = collection.getRealCollectionAttributeValueFromObject(entity, session);
                if (elements != null) {
                    var policy = collection.getContainerPolicy();
                    for (Object it = policy.iteratorFor(elements); policy.hasNext(it); ) {
                        targets.add(policy.next(it, session));
                    }
                }
            }
        }
        return targets;
    }

    @Override
    public @Nullable Object[] row(Object entity) {
        AbstractRecord record =
                ((ObjectBuilder) descriptor.getObjectBuilder()).buildRow(entity, session, WriteType.INSERT);
        @Nullable Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = record.get(fields.get(i));
        }
        return values;
    }

    @Override
    public @Nullable Object attributeValue(Object entity, String attribute) {
        return descriptor.getMappingForAttributeName(attribute).getRealAttributeValueFromObject(entity, session);
    }

    @Override
    public void bind(PreparedStatement statement, int parameterIndex, int column, @Nullable Object value)
            throws SQLException {
        // A null goes in as the field itself so EclipseLink binds a typed null (PostgreSQL rejects untyped ones).
        Object parameter = value != null ? value : fields.get(column);
        platform.setParameterValueInDatabaseCall(parameter, statement, parameterIndex, session);
    }
}
