package dev.advancedalchemy.base;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by an audited entity (one extending a {@code *AuditBase} class) that also records <em>who</em>
 * inserted and last changed it. The entity maps the two columns itself, which keeps the {@code *AuditBase} tables
 * identical to the Python library's (it has no such columns) for entities that do not opt in.
 *
 * <pre>{@code
 * @Entity
 * public class Invoice extends UUIDv7AuditBase implements AuditedBy {
 *     @Column(name = "created_by", updatable = false) private String createdBy;
 *     @Column(name = "updated_by") private String updatedBy;
 *     // getters and setters of the interface
 * }
 * }</pre>
 *
 * <p>Rules: on insert, {@code createdBy} and {@code updatedBy} are set from {@link AuditorProvider} unless already
 * set; on an update (only when a mapped attribute changed) {@code updatedBy} is set to the current auditor. When
 * the provider returns empty, or none exists, nothing is written.
 */
public interface AuditedBy {
    /** Who inserted the row, or {@code null}. */
    @Nullable
    String getCreatedBy();

    /** Sets who inserted the row. */
    void setCreatedBy(@Nullable String createdBy);

    /** Who changed the row last, or {@code null}. */
    @Nullable
    String getUpdatedBy();

    /** Sets who changed the row last. */
    void setUpdatedBy(@Nullable String updatedBy);
}
