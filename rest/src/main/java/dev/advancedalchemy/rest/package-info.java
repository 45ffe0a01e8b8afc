/**
 * Jakarta REST integration: filter, sort and page parameters read from the query string with the wire names of
 * Python Advanced Alchemy ({@link dev.advancedalchemy.rest.FilterParameters}), and exception mappers that answer
 * with RFC 9457 {@code application/problem+json} ({@link dev.advancedalchemy.rest.AlchemyExceptionMapper},
 * {@link dev.advancedalchemy.rest.UnexpectedExceptionMapper}).
 *
 * <pre>{@code
 * GET /authors?currentPage=2&pageSize=10&orderBy=name&sortOrder=asc&searchString=le%20guin&searchIgnoreCase=true
 * }</pre>
 *
 * <p>The Jakarta REST API ({@code jakarta.ws.rs-api}) is a {@code provided} dependency: the application's runtime
 * (Quarkus REST, Jersey, RESTEasy) supplies it.
 */
@NullMarked
package dev.advancedalchemy.rest;

import org.jspecify.annotations.NullMarked;
