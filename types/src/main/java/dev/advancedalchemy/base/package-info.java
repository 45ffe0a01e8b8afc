/**
 * Base entity classes: twelve {@code @MappedSuperclass}es that give an entity its primary key and, for the
 * {@code *AuditBase} ones, {@code created_at}/{@code updated_at} audit columns; plus {@link Audited},
 * {@link AuditedBy} and {@link AuditorProvider} (who changed a row), {@link SlugKey} and {@link Slugify} (slugs),
 * and the {@link Unique} get-or-create helper.
 *
 * <pre>{@code
 * @Entity
 * public class Author extends UUIDv7AuditBase {
 *     private String name;
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>class</th><th>{@code id} column</th><th>generated</th></tr>
 *   <tr><td>{@code UUIDBase}, {@code UUIDv6Base}, {@code UUIDv7Base} (+ {@code *AuditBase})</td>
 *       <td>{@code uuid} (PostgreSQL), {@code UUID} (H2), {@code BINARY(16)} (MariaDB/MySQL)</td>
 *       <td>in the JVM at persist (UUID v4 / v6 / v7)</td></tr>
 *   <tr><td>{@code BigIntBase}, {@code BigIntAuditBase}</td><td>{@code BIGINT}</td>
 *       <td>sequence {@code <table>_id_seq}, 50 values per fetch</td></tr>
 *   <tr><td>{@code IdentityBase}, {@code IdentityAuditBase}</td><td>{@code BIGINT}</td>
 *       <td>{@code IDENTITY} / {@code AUTO_INCREMENT}</td></tr>
 *   <tr><td>{@code NanoIDBase}, {@code NanoIDAuditBase}</td><td>{@code VARCHAR(21)}</td>
 *       <td>in the JVM at persist</td></tr>
 * </table>
 *
 * <p>Provider set-up: EclipseLink needs {@code eclipselink.metadata-source =
 * dev.advancedalchemy.eclipselink.AlchemyMetadataSource} (snake_case tables, per-table sequences, UUID and timestamp
 * column types, the converters); Hibernate needs {@code hibernate.physical_naming_strategy =
 * dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy} and picks up the UUID column type contribution by
 * itself. Audit timestamps need nothing: they use standard JPA callbacks, which both providers run only for
 * entities that really changed.
 */
@NullMarked
package dev.advancedalchemy.base;

import org.jspecify.annotations.NullMarked;
