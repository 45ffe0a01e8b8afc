/**
 * The service layer: {@link dev.advancedalchemy.service.RepositoryService} wraps a repository, accepts entities,
 * maps or DTOs/records for writes, and turns results into response schemas, such as
 * {@link dev.advancedalchemy.service.OffsetPagination} pages shaped like the Python library's.
 *
 * <pre>{@code
 * AuthorService authors = ...;                           // a RepositoryService<Author, UUID>
 * Author created = authors.create(Map.of("name", "Ursula K. Le Guin"));
 * authors.update(Map.of("dob", "1929-10-21"), created.getId());  // PATCH: other attributes stay as they are
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.service;

import org.jspecify.annotations.NullMarked;
