package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.repository.Param;
import dev.advancedalchemy.repository.Query;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks a {@code @Query} method at deployment (parameters, return type) and builds its handler. */
final class AnnotatedQueryValidator {
    private AnnotatedQueryValidator() {}

    static @Nullable QueryMethodHandler create(Method method, String where, List<String> problems) {
        Query annotation = method.getAnnotation(Query.class);
        String jpql = annotation.value().strip();
        int before = problems.size();
        if (jpql.isEmpty()) {
            problems.add(where + ": @Query has no JPQL; write the query, for example @Query(\"SELECT u FROM User u\")");
            return null;
        }
        String verb = jpql.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        boolean modifying = verb.equals("UPDATE") || verb.equals("DELETE");
        Parameter[] params = method.getParameters();
        int leading = params.length;
        while (leading > 0 && TrailingParameters.accepts(params[leading - 1].getType())) {
            leading--;
        }
        Set<String> used = JpqlParameters.of(jpql);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < leading; i++) {
            names.add(nameOf(params[i], i, used, where, problems));
        }
        for (int i = leading; i < params.length; i++) {
            if (modifying || params[i].getType() == OrderBy.class) {
                problems.add(where + ": parameter " + (i + 1) + " ("
                        + params[i].getType().getSimpleName() + ") is"
                        + " not allowed here; @Query methods take LimitOffset only, and only on a SELECT");
            }
        }
        Set<String> unbound = new LinkedHashSet<>(used);
        names.forEach(unbound::remove);
        for (String name : unbound) {
            problems.add(where + ": the JPQL uses " + (name.startsWith("?") ? name : ":" + name) + " but no method"
                    + " parameter binds it; add a parameter annotated @Param(\"" + name + "\")");
        }
        ResultKind kind = ResultKind.of(method, null);
        String countJpql = annotation.countQuery().isBlank() ? null : annotation.countQuery();
        if (modifying && kind != ResultKind.VOID && kind != ResultKind.INT && kind != ResultKind.LONG) {
            problems.add(where + ": " + (verb.equals("UPDATE") ? "an " : "a ") + verb
                    + " query returns the number of rows; declare void, int or long");
        } else if (!modifying && kind == ResultKind.VOID) {
            problems.add(
                    where + ": a SELECT query must return its result; declare List<…>, Optional<…> or the row type");
        } else if (kind == ResultKind.LIST_AND_COUNT && countJpql == null) {
            problems.add(where + ": returns ListAndCount, so @Query needs countQuery = \"SELECT COUNT(…) …\"");
        }
        if (problems.size() > before || kind == null) {
            return null;
        }
        return new AnnotatedQueryHandler(
                where, jpql, countJpql, modifying, kind, names, TrailingParameters.from(leading, params.length));
    }

    private static String nameOf(Parameter p, int index, Set<String> used, String where, List<String> problems) {
        Param param = p.getAnnotation(Param.class);
        String name;
        if (param != null) {
            name = param.value();
        } else if (used.contains("?" + (index + 1))) {
            name = "?" + (index + 1);
        } else if (p.isNamePresent()) {
            name = p.getName();
        } else {
            problems.add(where + ": parameter " + (index + 1) + " has no name; annotate it with @Param(\"…\") or"
                    + " compile with -parameters");
            return "?" + (index + 1);
        }
        if (!used.contains(name)) {
            problems.add(where + ": parameter " + (index + 1) + " binds :" + name + ", which the JPQL does not use;"
                    + " use it in the query, rename it with @Param, or remove it");
        }
        return name;
    }
}
