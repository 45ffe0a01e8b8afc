package dev.advancedalchemy.tx;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When the transaction of a Jakarta REST request is committed: the Python {@code commit_mode}, set per persistence
 * unit with {@code alchemy.units.<unit>.commit-mode}.
 *
 * <pre>{@code
 * # microprofile-config.properties / application.properties
 * alchemy.units.main.commit-mode=autocommit
 * }</pre>
 *
 * <table>
 *   <caption>outcome of the request transaction per response status</caption>
 *   <tr><th>mode</th><th>config value</th><th>2xx</th><th>3xx</th><th>1xx, 4xx, 5xx, unmapped exception</th></tr>
 *   <tr><td>{@link #MANUAL}</td><td>{@code manual} (default)</td><td colspan="3">no request transaction: the
 *       application's {@code @Transactional} methods (or each repository call) decide</td></tr>
 *   <tr><td>{@link #AUTOCOMMIT}</td><td>{@code autocommit}</td><td>commit</td><td>roll back</td>
 *       <td>roll back</td></tr>
 *   <tr><td>{@link #AUTOCOMMIT_INCLUDE_REDIRECT}</td><td>{@code autocommit-include-redirect}</td><td>commit</td>
 *       <td>commit</td><td>roll back</td></tr>
 * </table>
 *
 * <p>The request transaction is driven by {@code dev.advancedalchemy.rest.CommitModeFilter}.
 */
public enum CommitMode {
    /** The caller is in control; no request transaction (the default). */
    MANUAL("manual"),
    /** Commit when the response status is 2xx, roll back otherwise. */
    AUTOCOMMIT("autocommit"),
    /** Commit when the response status is 2xx or 3xx, roll back otherwise. */
    AUTOCOMMIT_INCLUDE_REDIRECT("autocommit-include-redirect");

    private final String configValue;

    CommitMode(String configValue) {
        this.configValue = configValue;
    }

    /** The value written in configuration, for example {@code autocommit-include-redirect}. */
    public String configValue() {
        return configValue;
    }

    /**
     * True if a request transaction in this mode commits for a response with {@code status}.
     *
     * <p>{@code AUTOCOMMIT.commits(204)} is true, {@code AUTOCOMMIT.commits(302)} false,
     * {@code AUTOCOMMIT_INCLUDE_REDIRECT.commits(302)} true; {@code MANUAL} never commits by itself.
     */
    public boolean commits(int status) {
        return switch (this) {
            case MANUAL -> false;
            case AUTOCOMMIT -> status >= 200 && status < 300;
            case AUTOCOMMIT_INCLUDE_REDIRECT -> status >= 200 && status < 400;
        };
    }

    /**
     * The mode written as {@code value} (case and surrounding blanks ignored).
     *
     * @return empty if {@code value} names no mode
     */
    public static Optional<CommitMode> fromConfigValue(String value) {
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.configValue.equals(normalized))
                .findFirst();
    }

    /** The accepted configuration values, for error messages: {@code manual, autocommit, …}. */
    public static String choices() {
        return Arrays.stream(values()).map(CommitMode::configValue).collect(Collectors.joining(", "));
    }
}
