package dev.advancedalchemy.base;

import java.util.Optional;

/**
 * Supplies the current user (or service) for the {@code created_by}/{@code updated_by} columns of entities that
 * implement {@link AuditedBy}.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class SecurityAuditor implements AuditorProvider {
 *     @Inject SecurityIdentity identity;
 *     public Optional<String> currentAuditor() {
 *         return identity.isAnonymous() ? Optional.empty() : Optional.of(identity.getPrincipal().getName());
 *     }
 * }
 * }</pre>
 *
 * <p>How it is found, on every insert or update of an {@link AuditedBy} entity: when alchemy-extension is on the class
 * path, a CDI container is running ({@code CDI.current()}) and exactly one bean of this type resolves, that bean is
 * asked (through {@link dev.advancedalchemy.base.spi.AuditorProviderLocator}); otherwise the first
 * implementation listed in {@code META-INF/services/dev.advancedalchemy.base.AuditorProvider} (loaded once per
 * persistence unit listener) is asked. With neither, the columns are left as they are.
 *
 * <p>Called during flush: it must not use the {@code EntityManager} that is flushing.
 */
@FunctionalInterface
public interface AuditorProvider {
    /** The current auditor, or empty when nobody is known (a system job, an anonymous request). */
    Optional<String> currentAuditor();
}
