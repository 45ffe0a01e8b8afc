package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.BeforeAfter;
import dev.advancedalchemy.filter.BooleanFilter;
import dev.advancedalchemy.filter.CollectionFilter;
import dev.advancedalchemy.filter.ComparisonFilter;
import dev.advancedalchemy.filter.ComparisonOperator;
import dev.advancedalchemy.filter.CriteriaFilter;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.FilterGroup;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.MultiFilter;
import dev.advancedalchemy.filter.NotInCollectionFilter;
import dev.advancedalchemy.filter.NotInSearchFilter;
import dev.advancedalchemy.filter.NotNullFilter;
import dev.advancedalchemy.filter.NullFilter;
import dev.advancedalchemy.filter.OnBeforeAfter;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.filter.SearchFilter;
import dev.advancedalchemy.types.spi.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Validates filters and turns them into a {@link QueryPlan}; every error is raised here, before any SQL. */
final class FilterCompiler {
    private final FieldResolver fields;
    private final Database database;

    FilterCompiler(FieldResolver fields, Database database) {
        this.fields = fields;
        this.database = database;
    }

    QueryPlan compile(List<? extends Filter> filters) {
        List<Condition> conditions = new ArrayList<>();
        List<QueryPlan.Sort> sorts = new ArrayList<>();
        LimitOffset[] page = {null};
        for (Filter f : filters) {
            accept(f, conditions, sorts, page);
        }
        Condition where = conditions.isEmpty()
                ? null
                : conditions.size() == 1 ? conditions.get(0) : new Condition.All(conditions);
        return new QueryPlan(where, sorts, page[0]);
    }

    private void accept(
            @Nullable Filter f, List<Condition> conditions, List<QueryPlan.Sort> sorts, @Nullable LimitOffset[] page) {
        if (f == null) {
            throw new InvalidFilterException("filters must not contain null");
        } else if (f instanceof LimitOffset lo) {
            if (page[0] != null) {
                throw new InvalidFilterException("only one LimitOffset may be given, got " + page[0] + " and " + lo);
            }
            page[0] = lo;
        } else if (f instanceof OrderBy o) {
            sorts.add(new QueryPlan.Sort(fields.sortable(o.fieldName()), o.sortOrder()));
        } else if (f instanceof MultiFilter m) {
            for (Filter member : m.filters()) {
                accept(member, conditions, sorts, page);
            }
        } else {
            Condition c = condition(f);
            if (c != null) {
                conditions.add(c);
            }
        }
    }

    /** The condition of a filter, or {@code null} when it filters nothing out (Python's "no filter applied"). */
    @Nullable
    Condition condition(Filter f) {
        if (f instanceof SearchFilter s) {
            return search(s.fieldNames(), s.value(), s.ignoreCase(), false, "SearchFilter");
        } else if (f instanceof NotInSearchFilter s) {
            return search(s.fieldNames(), s.value(), s.ignoreCase(), true, "NotInSearchFilter");
        } else if (f instanceof CollectionFilter<?> c) {
            return c.values() == null ? null : in(c.fieldName(), c.values(), false);
        } else if (f instanceof NotInCollectionFilter<?> c) {
            return c.values() == null ? null : in(c.fieldName(), c.values(), true);
        } else if (f instanceof BeforeAfter b) {
            return range(b.fieldName(), b.before(), ComparisonOperator.LT, b.after(), ComparisonOperator.GT);
        } else if (f instanceof OnBeforeAfter b) {
            return range(b.fieldName(), b.onOrBefore(), ComparisonOperator.LE, b.onOrAfter(), ComparisonOperator.GE);
        } else if (f instanceof ComparisonFilter c) {
            return comparison(c);
        } else if (f instanceof NullFilter n) {
            return new Condition.IsNull(fields.condition(n.fieldName()), false);
        } else if (f instanceof NotNullFilter n) {
            return new Condition.IsNull(fields.condition(n.fieldName()), true);
        } else if (f instanceof BooleanFilter b) {
            FieldRef field = fields.condition(b.fieldName());
            if (field.javaType() != Boolean.class) {
                throw new InvalidFilterException("BooleanFilter needs a boolean attribute, but " + fields.entityName()
                        + "." + field.path() + " is a " + field.javaType().getSimpleName());
            }
            return new Condition.Compare(field, ComparisonOperator.EQ, b.value());
        } else if (f instanceof FilterGroup g) {
            List<Condition> parts = new ArrayList<>();
            for (Filter member : g.filters()) {
                Condition c = condition(member);
                if (c != null) {
                    parts.add(c);
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            return g.operator() == FilterGroup.Operator.AND ? new Condition.All(parts) : new Condition.AnyOf(parts);
        } else if (f instanceof CriteriaFilter c) {
            return new Condition.Custom(c);
        } else if (f instanceof MultiFilter || f instanceof OrderBy || f instanceof LimitOffset) {
            throw new InvalidFilterException(f.getClass().getSimpleName() + " cannot be nested in a condition");
        }
        throw new InvalidFilterException("unsupported filter type "
                + f.getClass().getName() + "; use the records of dev.advancedalchemy.filter or Filters.where(...)");
    }

    private Condition search(List<String> names, String value, boolean ignoreCase, boolean negated, String use) {
        String pattern = LikePatterns.contains(ignoreCase ? value.toLowerCase(Locale.ROOT) : value, database);
        List<Condition> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(new Condition.Like(fields.text(name, use), pattern, ignoreCase, negated));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        // Python: a search matches if any field matches; a negated search requires that no field matches.
        return negated ? new Condition.All(parts) : new Condition.AnyOf(parts);
    }

    private @Nullable Condition in(String name, List<?> values, boolean negated) {
        FieldRef field = fields.condition(name);
        if (values.isEmpty()) {
            return negated ? null : new Condition.Never();
        }
        return new Condition.In(
                field, values.stream().map(v -> coerce(v, field)).toList(), negated);
    }

    private @Nullable Condition range(
            String name,
            @Nullable Object upper,
            ComparisonOperator upperOp,
            @Nullable Object lower,
            ComparisonOperator lowerOp) {
        FieldRef field = fields.condition(name);
        List<Condition> parts = new ArrayList<>();
        if (upper != null) {
            parts.add(new Condition.Compare(field, upperOp, comparable(upper, field)));
        }
        if (lower != null) {
            parts.add(new Condition.Compare(field, lowerOp, comparable(lower, field)));
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private @Nullable Condition comparison(ComparisonFilter c) {
        ComparisonOperator op = c.operator();
        Object value = c.value();
        if (op.isTextMatch()) {
            FieldRef field = fields.text(c.fieldName(), "ComparisonFilter '" + op.pythonName() + "'");
            String text = (String) value;
            boolean ic = op.ignoresCase();
            String t = ic ? text.toLowerCase(Locale.ROOT) : text;
            Function<String, String> shape = switch (op) {
                case LIKE, ILIKE -> p -> p; // a caller-written pattern: wildcards are live, '!' escapes
                case STARTSWITH, ISTARTSWITH -> p -> LikePatterns.startsWith(p, database);
                default -> p -> LikePatterns.endsWith(p, database);
            };
            return new Condition.Like(field, shape.apply(t), ic, false);
        }
        FieldRef field = fields.condition(c.fieldName());
        return switch (op) {
            case EQ, NE ->
                value == null
                        ? new Condition.IsNull(field, op == ComparisonOperator.NE)
                        : new Condition.Compare(field, op, coerce(value, field));
            case IN -> in(c.fieldName(), (List<?>) value, false);
            case NOTIN -> in(c.fieldName(), (List<?>) value, true);
            case BETWEEN -> {
                List<?> bounds = (List<?>) value;
                yield new Condition.Between(field, comparable(bounds.get(0), field), comparable(bounds.get(1), field));
            }
            default -> new Condition.Compare(field, op, comparable(value, field));
        };
    }

    private Object coerce(Object value, FieldRef field) {
        return ValueCoercer.coerce(value, field, fields.entityName());
    }

    private Object comparable(Object value, FieldRef field) {
        Object v = coerce(value, field);
        if (!(v instanceof Comparable<?>)) {
            throw new InvalidFilterException(fields.entityName() + "." + field.path() + " is a "
                    + field.javaType().getSimpleName() + ", which has no order; use eq, ne, in or notin");
        }
        return v;
    }
}
