package dev.advancedalchemy.base.internal;

import dev.advancedalchemy.base.AuditedBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.Optional;

/** JPA entity listener of the audit base classes that fills {@link AuditedBy} columns from the auditor. */
public class AuditorListener {
    private final AuditorLookup lookup = new AuditorLookup();

    /** For the JPA provider. */
    public AuditorListener() {}

    @PrePersist
    void onInsert(Object entity) {
        if (entity instanceof AuditedBy audited) {
            Optional<String> auditor = lookup.currentAuditor();
            if (auditor.isPresent()) {
                if (audited.getCreatedBy() == null) {
                    audited.setCreatedBy(auditor.get());
                }
                if (audited.getUpdatedBy() == null) {
                    audited.setUpdatedBy(auditor.get());
                }
            }
        }
    }

    @PreUpdate
    void onUpdate(Object entity) {
        if (entity instanceof AuditedBy audited) {
            lookup.currentAuditor().ifPresent(audited::setUpdatedBy);
        }
    }
}
