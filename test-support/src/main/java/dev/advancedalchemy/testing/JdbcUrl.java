package dev.advancedalchemy.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JDBC URL split into base, path and query parameters, so the database name or schema can be swapped. */
record JdbcUrl(String prefix, String database, Map<String, String> parameters) {
    private static final Pattern NETWORK =
            Pattern.compile("(jdbc:(?:postgresql|mariadb|mysql)://[^/?]+/?)([^?]*)(?:\\?(.*))?");

    JdbcUrl {
        parameters = Map.copyOf(parameters);
    }

    static JdbcUrl parse(String url) {
        Matcher m = NETWORK.matcher(url);
        if (!m.matches()) {
            return new JdbcUrl(url, "", Map.of());
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(3) != null && !m.group(3).isEmpty()) {
            for (String pair : m.group(3).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                } else if (!pair.isEmpty()) {
                    params.put(pair, "");
                }
            }
        }
        String prefix = m.group(1).endsWith("/") ? m.group(1) : m.group(1) + "/";
        return new JdbcUrl(prefix, m.group(2), params);
    }

    String user() {
        return parameters.getOrDefault("user", "");
    }

    String password() {
        return parameters.getOrDefault("password", "");
    }

    JdbcUrl withDatabase(String name) {
        return new JdbcUrl(prefix, name, parameters);
    }

    JdbcUrl withParameter(String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(key, value);
        return new JdbcUrl(prefix, database, p);
    }

    /** The URL without user and password parameters: safe to print, and credentials are passed separately. */
    String url() {
        StringBuilder sb = new StringBuilder(prefix).append(database);
        char sep = '?';
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (e.getKey().equals("user") || e.getKey().equals("password")) {
                continue;
            }
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }

    String withoutPassword() {
        return url() + (user().isEmpty() ? "" : " (user " + user() + ")");
    }
}
