/**
 * Filters, sorting and pagination for repository reads: the Java counterparts of Python Advanced Alchemy's
 * {@code advanced_alchemy.filters}, plus keyset (cursor) pagination.
 *
 * <pre>{@code
 * List<Movie> movies = repository.list(
 *         Filters.search("title", "matrix", true),
 *         new OnBeforeAfter("releaseDate", null, Instant.parse("1999-01-01T00:00:00Z")),
 *         OrderBy.desc("releaseDate"),
 *         new LimitOffset(20, 0));
 * }</pre>
 *
 * <p>Rules shared by every filter:
 *
 * <ul>
 *   <li>Field names are JPA attribute names (not column names), resolved through the persistence unit's metamodel;
 *       a dotted path ({@code "director.studio.name"}) walks through to-one associations. An unknown name, a path
 *       through a to-many association, or an attribute whose type or converter is
 *       {@link dev.advancedalchemy.types.Opaque} (encrypted, password-hash, file-object columns) used in a filter or
 *       sort is rejected with an {@link dev.advancedalchemy.exceptions.InvalidFilterException} before any SQL runs.
 *   <li>Text that a filter matches literally (search, {@code startswith}, {@code endswith} and their
 *       case-insensitive forms) is escaped and bound as a parameter ({@code LIKE ? ESCAPE '!'}): a {@code %} or
 *       {@code _} typed by a user matches only itself. Case-sensitive matching is case-sensitive on every database,
 *       including MariaDB and MySQL whose default collations are not.
 *   <li>Values may be given as the attribute's Java type or in their JSON form (strings for dates, UUIDs and
 *       enums, numbers for numeric attributes); they are converted to the attribute's type before any SQL runs.
 *   <li>Several filters passed to one call are combined with AND; {@link OrderBy} and {@link LimitOffset} apply to the
 *       whole query, sorts in the order given.
 * </ul>
 */
@NullMarked
package dev.advancedalchemy.filter;

import org.jspecify.annotations.NullMarked;
