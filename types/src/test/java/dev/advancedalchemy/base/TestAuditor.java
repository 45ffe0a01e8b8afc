package dev.advancedalchemy.base;

import java.util.Optional;

/** The AuditorProvider the tests register through META-INF/services; tests set the current auditor per thread. */
public class TestAuditor implements AuditorProvider {
    static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public Optional<String> currentAuditor() {
        return Optional.ofNullable(CURRENT.get());
    }
}
