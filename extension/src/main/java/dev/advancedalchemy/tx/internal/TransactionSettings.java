package dev.advancedalchemy.tx.internal;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.tx.CommitMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The per-unit transaction settings read once from MicroProfile Config: {@code alchemy.units.<unit>.commit-mode},
 * {@code .retry.max-attempts} and {@code .retry.initial-backoff}; every bad value is reported together by
 * {@link #validate()} at startup. Without a MicroProfile Config implementation every unit has the defaults.
 */
@ApplicationScoped
public class TransactionSettings {
    static final String PREFIX = "alchemy.units.";
    static final String COMMIT_MODE = ".commit-mode";
    static final String MAX_ATTEMPTS = ".retry.max-attempts";
    static final String INITIAL_BACKOFF = ".retry.initial-backoff";

    private final Map<String, CommitMode> modes = new TreeMap<>();
    private final Map<String, Integer> maxAttempts = new LinkedHashMap<>();
    private final Map<String, Long> backoffs = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the current MicroProfile Config (the container's). */
    public TransactionSettings() {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (LinkageError | RuntimeException | java.util.ServiceConfigurationError e) {
            return; // no MicroProfile Config: defaults everywhere
        }
        for (String key : config.getPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String value = config.getOptionalValue(key, String.class).orElse("");
            if (key.endsWith(COMMIT_MODE)) {
                Optional<CommitMode> mode = CommitMode.fromConfigValue(value);
                if (mode.isPresent()) {
                    modes.put(unit(key, COMMIT_MODE), mode.get());
                } else {
                    problems.add(key + " = '" + value + "' is not a commit mode; use one of: " + CommitMode.choices());
                }
            } else if (key.endsWith(MAX_ATTEMPTS)) {
                parse(key, value, 1).ifPresent(n -> maxAttempts.put(unit(key, MAX_ATTEMPTS), (int) Math.min(n, 1000)));
            } else if (key.endsWith(INITIAL_BACKOFF)) {
                parse(key, value, 0).ifPresent(n -> backoffs.put(unit(key, INITIAL_BACKOFF), n));
            }
        }
        List<CommitMode> automatic = modes.values().stream()
                .filter(m -> m != CommitMode.MANUAL)
                .distinct()
                .toList();
        if (automatic.size() > 1) {
            problems.add("units use different automatic commit modes " + describe()
                    + ", but one request has one transaction spanning every unit it touches; set the same mode"
                    + " (or manual) on every unit");
        }
    }

    private Optional<Long> parse(String key, String value, long min) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " = '" + value + "' must be a whole number >= " + min
                + (key.endsWith(INITIAL_BACKOFF) ? " (milliseconds)" : ""));
        return Optional.empty();
    }

    private static String unit(String key, String suffix) {
        return key.substring(PREFIX.length(), key.length() - suffix.length());
    }

    private String describe() {
        StringBuilder sb = new StringBuilder("(");
        modes.forEach((unit, mode) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(unit).append('=').append(mode.configValue());
        });
        return sb.append(')').toString();
    }

    /**
     * Fails startup on bad settings.
     *
     * @throws RepositoryDefinitionException listing every bad key with its value and the accepted values
     */
    public void validate() {
        if (!problems.isEmpty()) {
            throw new RepositoryDefinitionException(problems);
        }
    }

    /** The mode of the request transaction: the one automatic mode configured, or empty when all are manual. */
    public Optional<CommitMode> requestMode() {
        return modes.values().stream().filter(m -> m != CommitMode.MANUAL).findFirst();
    }

    /**
     * The retry settings of the unit named {@code unit} in configuration.
     *
     * @return max attempts (1 = no retry) and initial backoff in milliseconds (0 when not set)
     */
    public Retry retry(String unit) {
        return new Retry(maxAttempts.getOrDefault(unit, 1), backoffs.getOrDefault(unit, 0L));
    }

    /**
     * Retry settings of a unit.
     *
     * @param maxAttempts how often the outermost transactional method may run in total (1 = no retry)
     * @param initialBackoffMillis the first pause before a retry; doubled per attempt, with full jitter
     */
    public record Retry(int maxAttempts, long initialBackoffMillis) {}
}
