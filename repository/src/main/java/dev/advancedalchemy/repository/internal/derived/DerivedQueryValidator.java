package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.repository.internal.util.Primitives;
import dev.advancedalchemy.repository.internal.util.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks a derived-query method against its entity at deployment and builds its handler. */
final class DerivedQueryValidator {
    private DerivedQueryValidator() {}

    /**
     * Validates {@code method} and returns its handler, or adds one line per problem to {@code problems} and returns
     * null.
     */
    static @Nullable QueryMethodHandler create(Method method, String where, EntityInfo entity, List<String> problems) {
        ParsedMethodName parsed;
        try {
            parsed =
                    MethodNameParser.parse(method.getName(), entity.attributes().keySet());
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        int before = problems.size();
        Class<?>[] params = method.getParameterTypes();
        Type[] generic = method.getGenericParameterTypes();
        int arg = 0;
        for (Condition c : parsed.conditions()) {
            Class<?> attrType = entity.attributes().get(c.attribute());
            if (attrType == null) {
                problems.add(where + ": entity " + entity.simpleName() + " has no attribute '" + c.attribute() + "'"
                        + hint(c.attribute(), entity));
                arg += c.operator().arity();
                continue;
            }
            boolean attributeOk = checkAttribute(c, attrType, where, entity, problems);
            for (int k = 0; k < c.operator().arity(); k++, arg++) {
                if (arg >= params.length) {
                    problems.add(where + ": the condition on '" + c.attribute() + "' (" + keyword(c) + ") needs "
                            + c.operator().arity() + " argument(s) but the method has too few parameters; add a "
                            + attrType.getSimpleName() + " parameter");
                    break;
                }
                if (attributeOk) {
                    checkArgument(c, attrType, params[arg], generic[arg], arg, where, problems);
                }
            }
        }
        for (int i = arg; i < params.length; i++) {
            if (!TrailingParameters.accepts(params[i])) {
                problems.add(where + ": parameter " + (i + 1) + " (" + params[i].getSimpleName()
                        + ") is not used by the method name; remove it, add a condition for it to the name, or use"
                        + " LimitOffset/OrderBy/Filter... as trailing parameters");
            }
        }
        for (Sort s : parsed.orderBy()) {
            if (!entity.attributes().containsKey(s.attribute())) {
                problems.add(where + ": OrderBy names '" + s.attribute() + "', but entity " + entity.simpleName()
                        + " has no such attribute" + hint(s.attribute(), entity));
            }
        }
        ResultKind kind = ResultKind.of(method, entity.javaType());
        String allowed = switch (parsed.subject()) {
            case FIND ->
                kind != null && kind.returnsRows()
                        ? null
                        : entity.simpleName() + ", Optional<" + entity.simpleName() + ">, List<"
                                + entity.simpleName() + ">, Stream<" + entity.simpleName() + "> or ListAndCount<"
                                + entity.simpleName() + ">";
            case COUNT -> kind == ResultKind.LONG || kind == ResultKind.INT ? null : "long";
            case EXISTS -> kind == ResultKind.BOOLEAN ? null : "boolean";
            case DELETE ->
                kind == ResultKind.VOID || kind == ResultKind.LONG || kind == ResultKind.INT || kind == ResultKind.LIST
                        ? null
                        : "void, long (rows deleted) or List<" + entity.simpleName() + "> (the deleted rows)";
        };
        if (allowed != null) {
            problems.add(where + ": returns " + method.getGenericReturnType().getTypeName() + ", but "
                    + parsed.subject().name().toLowerCase(java.util.Locale.ROOT) + "… methods return " + allowed);
        }
        if (problems.size() > before || kind == null) {
            return null;
        }
        return new DerivedQueryHandler(where, parsed, entity, kind, TrailingParameters.from(arg, params.length));
    }

    /** Adds a problem and returns false if the attribute cannot be used with the condition's keywords. */
    private static boolean checkAttribute(
            Condition c, Class<?> attrType, String where, EntityInfo entity, List<String> problems) {
        int before = problems.size();
        Operator op = c.operator();
        String name = "'" + c.attribute() + "' (" + attrType.getSimpleName() + ")";
        if (entity.pluralAttributes().contains(c.attribute())) {
            problems.add(where + ": attribute " + name + " is a collection; derived queries compare single-valued"
                    + " attributes, use @Query with a JOIN");
        } else if ((op.isLike() || c.ignoreCase()) && attrType != String.class) {
            problems.add(where + ": " + keyword(c) + " needs a String attribute, but " + name + " is not; remove "
                    + keyword(c) + " or compare with Equals/Between");
        } else if ((op == Operator.TRUE || op == Operator.FALSE) && Primitives.box(attrType) != Boolean.class) {
            problems.add(where + ": " + keyword(c) + " needs a boolean attribute, but " + name + " is not");
        } else if (c.ignoreCase() && op.takesCollection()) {
            problems.add(where + ": IgnoreCase cannot be combined with In/NotIn on " + name);
        }
        return problems.size() == before;
    }

    private static void checkArgument(
            Condition c,
            Class<?> attrType,
            Class<?> param,
            Type generic,
            int index,
            String where,
            List<String> problems) {
        String what = "parameter " + (index + 1) + " (" + param.getSimpleName() + ") for '" + c.attribute() + "' ("
                + attrType.getSimpleName() + ")";
        if (c.operator().takesCollection()) {
            Class<?> element = param.isArray() ? param.getComponentType() : elementOf(generic);
            if (!param.isArray() && !Collection.class.isAssignableFrom(param)) {
                problems.add(where + ": " + what + " must be a Collection<"
                        + Primitives.box(attrType).getSimpleName() + "> for " + keyword(c));
            } else if (element != null && !compatible(attrType, element)) {
                problems.add(where + ": " + what + " holds " + element.getSimpleName() + "; declare it as Collection<"
                        + Primitives.box(attrType).getSimpleName() + ">");
            }
        } else if (c.operator().isLike() && param != String.class) {
            problems.add(where + ": " + what + " must be a String for " + keyword(c));
        } else if (!compatible(attrType, param)) {
            problems.add(where + ": " + what + " has the wrong type; declare it as " + attrType.getSimpleName());
        }
    }

    private static boolean compatible(Class<?> attrType, Class<?> paramType) {
        return Primitives.box(attrType).isAssignableFrom(Primitives.box(paramType));
    }

    private static @Nullable Class<?> elementOf(Type generic) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static String keyword(Condition c) {
        String op = c.operator() == Operator.EQUALS
                ? ""
                : c.operator().keywords().get(c.operator().keywords().size() - 1);
        String base = op.isEmpty() && c.ignoreCase() ? "IgnoreCase" : op + (c.ignoreCase() ? "IgnoreCase" : "");
        return base.isEmpty() ? "Equals" : base;
    }

    static String hint(String name, EntityInfo entity) {
        return Suggestions.closest(name, entity.attributes().keySet())
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; its attributes are "
                        + new ArrayList<>(entity.attributes().keySet()));
    }
}
