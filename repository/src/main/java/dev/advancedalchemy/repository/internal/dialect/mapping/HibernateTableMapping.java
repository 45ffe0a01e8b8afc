package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.Assigned;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.EntityVersionMapping;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.BasicAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;
import org.jspecify.annotations.Nullable;

/**
 * One Hibernate entity persister seen as a single table; values are decomposed and bound through the JDBC
 * mappings Hibernate's own INSERT uses, so attribute converters and column types apply exactly as there.
 */
final class HibernateTableMapping implements TableMapping {
    private final EntityPersister persister;
    private final SessionImplementor session;
    private final CallbackRegistry callbacks;
    private final String table;
    /** The identifier mapping first, then the attributes that write columns of the table. */
    private final List<ModelPart> parts = new ArrayList<>();
    /** Per part and JDBC value index: the position in {@link #columns}, or -1 when the column is not inserted. */
    private final List<int[]> positions = new ArrayList<>();

    private final List<JdbcMapping> jdbcMappings = new ArrayList<>();
    private final List<MappedColumn> columns = new ArrayList<>();

    HibernateTableMapping(EntityPersister persister, SessionImplementor session) {
        this.persister = persister;
        this.session = session;
        this.callbacks = session.getFactory().getEventEngine().getCallbackRegistry();
        this.table = persister.getTableName();
        if (persister.hasMultipleTables() || persister.hasSubclasses() || persister.isInherited()) {
            throw new RepositoryException(
                    "ALCH-1323",
                    "native upserts need an entity stored in exactly one table without inheritance; "
                            + persister.getJpaEntityName()
                            + " uses secondary tables or an inheritance hierarchy",
                    null);
        }
        Set<String> seen = new HashSet<>();
        addPart(persister.getIdentifierMapping(), MappedColumn.Kind.ID, seen);
        EntityVersionMapping version = persister.getVersionMapping();
        persister.forEachAttributeMapping(attribute -> {
            if (writesOwnColumns(attribute)) {
                boolean isVersion = version != null && version.getVersionAttribute() == attribute;
                addPart(attribute, isVersion ? MappedColumn.Kind.VERSION : MappedColumn.Kind.REGULAR, seen);
            }
        });
    }

    private static boolean writesOwnColumns(AttributeMapping attribute) {
        if (attribute instanceof PluralAttributeMapping) {
            return false; // collections live in other tables (or are the inverse side)
        }
        return !(attribute instanceof ToOneAttributeMapping toOne)
                || toOne.getSideNature() == ForeignKeyDescriptor.Nature.KEY;
    }

    private void addPart(ModelPart part, MappedColumn.Kind kind, Set<String> seen) {
        @Nullable
        String attribute = part instanceof BasicAttributeMapping basic
                ? basic.getAttributeName()
                : part instanceof BasicEntityIdentifierMapping id ? id.getAttributeName() : null;
        List<Integer> indexes = new ArrayList<>();
        part.forEachSelectable((index, selectable) -> {
            boolean own = table.equals(selectable.getContainingTableExpression());
            String plain = unquote(selectable.getSelectionExpression());
            boolean insertable = kind == MappedColumn.Kind.ID || selectable.isInsertable();
            if (!own || selectable.isFormula() || !insertable || !seen.add(plain.toLowerCase(Locale.ROOT))) {
                indexes.add(-1);
                return;
            }
            indexes.add(columns.size());
            jdbcMappings.add(selectable.getJdbcMapping());
            columns.add(new MappedColumn(
                    selectable.getSelectionExpression(),
                    plain,
                    attribute,
                    kind,
                    kind != MappedColumn.Kind.ID && selectable.isUpdateable()));
        });
        parts.add(part);
        positions.add(indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A name without schema qualification and without quotes ({@code "x"}, {@code `x`}, {@code [x]}). */
    private static String unquote(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.length() > 1 && "\"`[".indexOf(last.charAt(0)) >= 0) {
            return last.substring(1, last.length() - 1);
        }
        return last;
    }

    @Override
    public String entityName() {
        return persister.getJpaEntityName();
    }

    @Override
    public String sqlTable() {
        return table;
    }

    @Override
    public String plainTable() {
        return unquote(table);
    }

    @Override
    public List<MappedColumn> columns() {
        return List.copyOf(columns);
    }

    @Override
    public boolean idGeneratedOnInsert() {
        return persister.isIdentifierAssignedByInsert();
    }

    @Override
    public MappedColumn columnOf(String attribute) {
        return columns.stream()
                .filter(c -> attribute.equals(c.attribute()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(attribute));
    }

    @Override
    public List<String> idAttributes() {
        if (!(persister.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id)) {
            throw new RepositoryException(
                    "ALCH-1324",
                    persister.getJpaEntityName()
                            + " has a primary key that is not a basic attribute; pass matchFields explicitly",
                    null);
        }
        return List.of(id.getAttributeName());
    }

    @Override
    public void prepareNew(Object entity) {
        callbacks.preCreate(entity);
        Generator generator = persister.getGenerator();
        if (persister.getIdentifier(entity, session) == null
                && !persister.isIdentifierAssignedByInsert()
                && generator instanceof BeforeExecutionGenerator before
                && !(generator instanceof Assigned)) {
            persister.setIdentifier(entity, before.generate(session, entity, null, EventType.INSERT), session);
        }
    }

    @Override
    public void afterInsert(Object entity, boolean manage) {
        if (manage) {
            // never asked: the reader does not offer it (and has no direct-insert mappings)
            throw new UnsupportedOperationException("Hibernate entities inserted with plain JDBC cannot be managed");
        }
        EntityVersionMapping version = persister.getVersionMapping();
        if (version != null) {
            BasicAttributeMapping attribute = version.getVersionAttribute();
            attribute.setValue(entity, version.getJavaType().wrap(MappedColumn.INITIAL_VERSION, session));
        }
        callbacks.postCreate(entity);
    }

    @Override
    public List<Object> references(Object entity) {
        List<Object> targets = new ArrayList<>();
        persister.forEachAttributeMapping(attribute -> {
            Object value = attribute.getValue(entity);
            if (attribute instanceof ToOneAttributeMapping && value != null) {
                targets.add(value);
            } else if (attribute instanceof PluralAttributeMapping) {
                if (value instanceof Collection<?> elements) {
                    targets.addAll(elements);
                } else if (value instanceof Map<?, ?> map) {
                    targets.addAll(map.values());
                }
            }
        });
        return targets;
    }

    @Override
    public @Nullable Object[] row(Object entity) {
        @Nullable Object[] values = new Object[columns.size()];
        for (int p = 0; p < parts.size(); p++) {
            ModelPart part = parts.get(p);
            Object domain =
                    p == 0 ? persister.getIdentifier(entity, session) : ((AttributeMapping) part).getValue(entity);
            int[] at = positions.get(p);
            part.decompose(
                    domain,
                    0,
                    values,
                    at,
                    (index, row, slots, value, selectable) -> {
                        if (slots[index] >= 0) {
                            row[slots[index]] = value;
                        }
                    },
                    session);
        }
        return values;
    }

    @Override
    public @Nullable Object attributeValue(Object entity, String attribute) {
        if (persister.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id
                && id.getAttributeName().equals(attribute)) {
            return persister.getIdentifier(entity, session);
        }
        return persister.getPropertyValue(entity, attribute);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void bind(PreparedStatement statement, int parameterIndex, int column, @Nullable Object value)
            throws SQLException {
        // Hibernate's binders bind a null as a typed null of the column's JDBC type, as PostgreSQL needs.
        ValueBinder<Object> binder = jdbcMappings.get(column).getJdbcValueBinder();
        binder.bind(statement, value, parameterIndex, session);
    }
}
