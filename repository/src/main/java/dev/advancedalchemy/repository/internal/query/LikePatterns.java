package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.types.spi.Database;

/**
 * Builds {@code LIKE} patterns from literal user text, escaping with {@code '!'} (see
 * {@code vectors/security/like-escaping-cases.json}): never a backslash, whose meaning differs per database.
 */
final class LikePatterns {
    /** The escape character passed as {@code ESCAPE '!'}. */
    static final char ESCAPE = '!';

    private LikePatterns() {}

    /** {@code text} with every LIKE metacharacter of {@code database} escaped, so it matches only itself. */
    static String escape(String text, Database database) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            // '[' is a wildcard only on SQL Server; escaping it elsewhere is an error on some databases.
            if (c == ESCAPE || c == '%' || c == '_' || (c == '[' && database == Database.SQLSERVER)) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }

    static String contains(String text, Database database) {
        return "%" + escape(text, database) + "%";
    }

    static String startsWith(String text, Database database) {
        return escape(text, database) + "%";
    }

    static String endsWith(String text, Database database) {
        return "%" + escape(text, database);
    }
}
