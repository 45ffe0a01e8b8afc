package dev.advancedalchemy.repository.internal.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses derived-query method names ({@code findFirstByNameIgnoreCaseAndAgeGreaterThanOrderByAgeDesc}) into a
 * {@link ParsedMethodName}; pure code, no JPA needed.
 */
final class MethodNameParser {
    private static final Pattern METHOD =
            Pattern.compile("^(find|count|exists|delete)((?:[A-Z][a-zA-Z0-9]*?)??)By([A-Z].*)?$");
    private static final Pattern LIMIT = Pattern.compile("(?:First|Top)(\\d*)");
    private static final Pattern OR = Pattern.compile("(?<=[a-z0-9])Or(?=[A-Z])");
    private static final Pattern AND = Pattern.compile("(?<=[a-z0-9])And(?=[A-Z])");
    private static final Pattern ORDER_TERM = Pattern.compile("(?<=Asc|Desc)(?=[A-Z])");

    private MethodNameParser() {}

    /** True if the method name starts like a derived query ({@code findBy}, {@code countBy}, …). */
    static boolean looksDerived(String methodName) {
        return methodName.matches("^(find|count|exists|delete)([A-Z][a-zA-Z0-9]*?)??By.*");
    }

    /**
     * Parses a method name.
     *
     * @param methodName the Java method name
     * @param attributes the entity's attribute names; a part equal to one of them is never split into
     *     attribute + keyword (so {@code findByIsNull} finds attribute {@code isNull} if there is one)
     * @throws IllegalArgumentException with a user-facing reason if the name is not a derived query
     */
    static ParsedMethodName parse(String methodName, Set<String> attributes) {
        Matcher m = METHOD.matcher(methodName);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + methodName + "' is not a derived query name; use"
                    + " find…By…, findFirstBy…, countBy…, existsBy… or deleteBy… followed by attribute names,"
                    + " or annotate the method with @Query");
        }
        Subject subject = Subject.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        String modifiers = m.group(2);
        boolean distinct = modifiers.contains("Distinct");
        Integer limit = null;
        Matcher lm = LIMIT.matcher(modifiers);
        if (lm.find()) {
            limit = lm.group(1).isEmpty() ? 1 : Integer.parseInt(lm.group(1));
            if (limit < 1) {
                throw new IllegalArgumentException("'" + methodName + "' limits to " + limit
                        + " rows; write First, First2, Top10, … with a positive number");
            }
        }
        String rest = m.group(3) == null ? "" : m.group(3);
        String criteria = rest;
        String order = "";
        int orderAt = rest.startsWith("OrderBy") ? 0 : indexOfKeyword(rest, "OrderBy");
        if (orderAt >= 0) {
            criteria = rest.substring(0, orderAt);
            order = rest.substring(orderAt + "OrderBy".length());
            if (order.isEmpty()) {
                throw new IllegalArgumentException(
                        "'" + methodName + "' ends with OrderBy but names no attribute; write OrderByNameAsc");
            }
        }
        if (criteria.isEmpty() && orderAt < 0) {
            throw new IllegalArgumentException("'" + methodName + "' has no condition after By; write " + m.group(1)
                    + "ByName, or use list()/count() of the repository for all rows");
        }
        return new ParsedMethodName(
                subject, distinct, limit, parseCriteria(criteria, attributes, methodName), parseOrder(order));
    }

    private static List<List<Condition>> parseCriteria(String criteria, Set<String> attributes, String method) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        boolean allIgnoreCase = false;
        for (String suffix : List.of("AllIgnoreCase", "AllIgnoringCase")) {
            if (criteria.endsWith(suffix)) {
                criteria = criteria.substring(0, criteria.length() - suffix.length());
                allIgnoreCase = true;
            }
        }
        List<List<Condition>> groups = new ArrayList<>();
        for (String orPart : OR.split(criteria)) {
            List<Condition> group = new ArrayList<>();
            for (String part : AND.split(orPart)) {
                group.add(parseCondition(part, attributes, allIgnoreCase, method));
            }
            groups.add(group);
        }
        return groups;
    }

    private static Condition parseCondition(String part, Set<String> attributes, boolean ignoreCase, String method) {
        for (String suffix : List.of("IgnoreCase", "IgnoringCase")) {
            if (part.endsWith(suffix) && !attributes.contains(decapitalize(part))) {
                part = part.substring(0, part.length() - suffix.length());
                ignoreCase = true;
            }
        }
        if (attributes.contains(decapitalize(part))) {
            return new Condition(decapitalize(part), Operator.EQUALS, ignoreCase);
        }
        for (Operator op : Operator.values()) {
            for (String keyword : op.keywords()) {
                if (part.endsWith(keyword) && part.length() > keyword.length()) {
                    String attr = part.substring(0, part.length() - keyword.length());
                    return new Condition(attributeName(attr, attributes), op, ignoreCase);
                }
            }
        }
        if (part.isEmpty()) {
            throw new IllegalArgumentException("'" + method + "' has an empty condition (And/Or without an"
                    + " attribute); remove the extra And/Or");
        }
        return new Condition(attributeName(part, attributes), Operator.EQUALS, ignoreCase);
    }

    private static List<Sort> parseOrder(String order) {
        List<Sort> result = new ArrayList<>();
        if (order.isEmpty()) {
            return result;
        }
        for (String term : ORDER_TERM.split(order)) {
            boolean desc = term.endsWith("Desc");
            String attr = desc ? term.substring(0, term.length() - 4) : term;
            if (!desc && attr.endsWith("Asc")) {
                attr = attr.substring(0, attr.length() - 3);
            }
            result.add(new Sort(decapitalize(attr), desc));
        }
        return result;
    }

    private static int indexOfKeyword(String s, String keyword) {
        Matcher m = Pattern.compile("(?<=[a-z0-9])" + keyword + "(?=[A-Z]|$)").matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static String attributeName(String raw, Set<String> attributes) {
        String decap = decapitalize(raw);
        return !attributes.contains(decap) && attributes.contains(raw) ? raw : decap;
    }

    /** {@code Name} → {@code name}; {@code URL} stays {@code URL} (JavaBeans rule). */
    static String decapitalize(String s) {
        if (s.isEmpty()
                || (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0)))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
